package fr.conventio;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Conventio's Spring Boot application. It sits in the root package so that Vaadin routes
 * (adapters-web) and Spring Data repositories (adapters-persistence) are found; all wiring
 * lives in {@code fr.conventio.bootstrap}.
 */
@SpringBootApplication
public class ConventioApplication {

    public static void main(String[] args) {
        SpringApplication.run(ConventioApplication.class, args);
    }
}
