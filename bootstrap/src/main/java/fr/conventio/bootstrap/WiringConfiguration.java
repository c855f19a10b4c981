package fr.conventio.bootstrap;

import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.agreementfile.AnnualSubsidiesReview;
import fr.conventio.application.port.out.AgreementAccountRepository;
import fr.conventio.application.port.out.AgreementControlRepository;
import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.port.out.BudgetLineRepository;
import fr.conventio.application.port.out.CurrentUserPort;
import fr.conventio.application.port.out.ObligationRepository;
import fr.conventio.application.port.out.PaymentRepository;
import fr.conventio.application.port.out.RecoveryOrderRepository;
import fr.conventio.application.shared.SeparationOfDuties;
import fr.conventio.bootstrap.security.SecurityCurrentUserAdapter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * Wiring of the hexagon: the clock, the current user and the separation of duties given to the core, every
 * use-case service registered and proxied (authorization, transaction).
 */
@Configuration(proxyBeanMethods = false)
public class WiringConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(WiringConfiguration.class);

    /** The funder's legal time zone: "today" for due dates is a day in Paris. */
    public static final ZoneId FUNDER_ZONE = ZoneId.of("Europe/Paris");

    @Bean
    Clock clock() {
        return Clock.system(FUNDER_ZONE);
    }

    @Bean
    CurrentUserPort currentUser(ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        return new SecurityCurrentUserAdapter(securityContexts(securityContexts));
    }

    /** Whoever drafted an agreement does not approve it, whoever settled it does not pay its balance (on unless set off). */
    @Bean
    SeparationOfDuties separationOfDuties(@Value("${conventio.security.separation-of-duties:true}") boolean enforced) {
        if (!enforced) {
            LOG.warn("Separation of duties is OFF (conventio.security.separation-of-duties=false): whoever drafted an agreement may"
                    + " approve it, whoever settled it may pay its balance");
        }
        return new SeparationOfDuties(enforced);
    }

    /** What the money and control services load an agreement with, and save it through. */
    @Bean
    AgreementFiles agreementFiles(AgreementRepository agreements, PaymentRepository payments, ObligationRepository obligations,
                                  RecoveryOrderRepository recoveryOrders, AgreementControlRepository controls,
                                  BudgetLineRepository budgetLines, AgreementAccountRepository accounts) {
        return new AgreementFiles(agreements, payments, obligations, recoveryOrders, controls, budgetLines, accounts);
    }

    /** O4 across an association's agreements of a year: used by the signing and amending use cases (issue 10). */
    @Bean
    AnnualSubsidiesReview annualSubsidiesReview(AgreementFiles files, AgreementRepository agreements) {
        return new AnnualSubsidiesReview(files, agreements);
    }

    /** Stores, at start-up, the accounts of the agreements that have none yet. */
    @Bean
    AccountProjectionRebuild accountProjectionRebuild(AgreementFiles files, PlatformTransactionManager transactionManager) {
        return new AccountProjectionRebuild(files, new TransactionTemplate(transactionManager));
    }

    @Bean
    static UseCaseBeans useCaseBeans() {
        return new UseCaseBeans();
    }

    @Bean
    static UseCaseProxies useCaseProxies(ObjectProvider<PlatformTransactionManager> transactionManager,
                                         ObjectProvider<CurrentUserPort> currentUser,
                                         ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        return new UseCaseProxies(transactionManager, currentUser, securityContexts(securityContexts));
    }

    /**
     * This application's security contexts: Vaadin's strategy bean, the one the security filter chain fills (the static
     * holder is whichever application context of the JVM set it last), or the static holder's when there is none.
     */
    private static Supplier<SecurityContextHolderStrategy> securityContexts(ObjectProvider<SecurityContextHolderStrategy> strategies) {
        return () -> strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }
}
