/** The agreement's lifecycle decisions: approval, signature (commitments, obligations, N1 deadline), amendments, third-party delegation, closing the file. */
package fr.conventio.application.lifecycle;
