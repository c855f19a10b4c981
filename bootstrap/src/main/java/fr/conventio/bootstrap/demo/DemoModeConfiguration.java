package fr.conventio.bootstrap.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The start-up warning of a demo run (the "demo" profile, application-demo.properties). */
@Configuration(proxyBeanMethods = false)
public class DemoModeConfiguration {

    @Bean
    DemoModeWarning demoModeWarning(@Value("${conventio.security.demo-accounts:false}") boolean demoAccounts,
                                    @Value("${conventio.demo-data.enabled:false}") boolean demoData) {
        return new DemoModeWarning(demoAccounts, demoData);
    }
}
