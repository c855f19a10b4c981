/** Plain HTTP downloads of stored documents, outside Vaadin: a stable link per document, usable without the page that showed it. */
package fr.conventio.adapters.web.download;
