package fr.conventio.bootstrap.demo;

import fr.conventio.application.association.RegisterAssociationUseCase;
import fr.conventio.application.drafting.CreateDraftAgreementUseCase;
import fr.conventio.application.funder.DefineBudgetLineUseCase;
import fr.conventio.application.funder.GetFunderSettingsUseCase;
import fr.conventio.application.funder.SetUpFunderUseCase;
import fr.conventio.application.multiyear.PlanMultiYearAgreementUseCase;
import fr.conventio.application.port.out.InstallationMarkerPort;
import fr.conventio.application.reading.SearchAgreementsUseCase;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/** The demo data of the default run ({@code conventio.demo-data.enabled=true}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "conventio.demo-data.enabled", havingValue = "true")
public class DemoDataConfiguration {

    @Bean
    DemoDataLoader demoDataLoader(GetFunderSettingsUseCase funderSettings, SetUpFunderUseCase setUpFunder,
                                  DefineBudgetLineUseCase defineBudgetLine, RegisterAssociationUseCase registerAssociation,
                                  SearchAgreementsUseCase searchAgreements, CreateDraftAgreementUseCase createDraft,
                                  PlanMultiYearAgreementUseCase planMultiYear, InstallationMarkerPort markers,
                                  PlatformTransactionManager transactionManager, Clock clock) {
        return new DemoDataLoader(funderSettings, setUpFunder, defineBudgetLine, registerAssociation, searchAgreements, createDraft,
                planMultiYear, markers, new TransactionTemplate(transactionManager), clock);
    }
}
