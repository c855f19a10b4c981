package fr.conventio.bootstrap;

import fr.conventio.adapters.documents.DocumentRenderers;
import fr.conventio.adapters.web.download.DocumentDownloadServlet;
import fr.conventio.application.document.OpenDocumentUseCase;
import fr.conventio.application.port.out.DocumentRendererPort;
import fr.conventio.application.port.out.DocumentStoragePort;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;
import java.time.Duration;

/**
 * The documents outside the use cases: their download link ({@link DocumentDownloadServlet} at
 * {@code /documents/<id>}, behind the same sign-in as every page) and the scheduled purge of the documents
 * never attached to an obligation nor generated for an agreement ({@link UnattachedDocumentsPurge}), and the renderer
 * of generated documents (PDF and DOCX, {@link DocumentRenderers}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class DocumentsConfiguration {

    @Bean
    ServletRegistrationBean<DocumentDownloadServlet> documentDownloadServlet(OpenDocumentUseCase openDocument) {
        ServletRegistrationBean<DocumentDownloadServlet> registration =
                new ServletRegistrationBean<>(new DocumentDownloadServlet(openDocument), DocumentDownloadServlet.MAPPING);
        registration.setName("documentDownload");
        return registration;
    }

    /** Lays the generated documents out as tagged PDF and DOCX (ADR 0010). */
    @Bean
    DocumentRendererPort documentRenderer() {
        return new DocumentRenderers();
    }

    @Bean
    UnattachedDocumentsPurge unattachedDocumentsPurge(DocumentStoragePort storage, Clock clock,
                                                      @Value("${conventio.documents.purge.unattached-after:PT24H}") Duration delay) {
        return new UnattachedDocumentsPurge(storage, clock, delay);
    }
}
