/** Stored documents: files on disk, their metadata in the document table, type detection. */
package fr.conventio.adapters.persistence.document;
