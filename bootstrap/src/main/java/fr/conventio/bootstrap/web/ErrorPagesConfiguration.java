package fr.conventio.bootstrap.web;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Spring Boot's error controller renders {@link FrenchErrorPages} (its default resolver then backs off). */
@Configuration(proxyBeanMethods = false)
public class ErrorPagesConfiguration {

    @Bean
    ErrorViewResolver frenchErrorPages() {
        return new FrenchErrorPages();
    }
}
