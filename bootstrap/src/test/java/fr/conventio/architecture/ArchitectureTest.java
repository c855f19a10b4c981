package fr.conventio.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of Conventio, checked on the compiled production classes of every module:
 * domain ← application ← adapters (web, persistence, documents, never each other) ← bootstrap.
 * Maven already enforces the module arrows; these rules guard what Maven cannot see.
 */
@AnalyzeClasses(packages = "fr.conventio",
        importOptions = {ImportOption.DoNotIncludeTests.class, ProductionCodeOnly.class})
class ArchitectureTest {

    static final String DOMAIN = "fr.conventio.domain..";
    static final String APPLICATION = "fr.conventio.application..";
    static final String WEB = "fr.conventio.adapters.web..";
    static final String PERSISTENCE = "fr.conventio.adapters.persistence..";
    static final String DOCUMENTS = "fr.conventio.adapters.documents..";

    @ArchTest
    static final ArchRule hexagonal_layers = onionArchitecture()
            .domainModels(DOMAIN)
            .applicationServices(APPLICATION)
            .adapter("web", WEB)
            .adapter("persistence", PERSISTENCE)
            .adapter("documents", DOCUMENTS)
            .withOptionalLayers(true) // no domain-service layer: the domain's policies live with its models
            // bootstrap is the composition root: it wires the layers and may see all of them
            .ignoreDependency(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("fr.conventio.bootstrap.."),
                    com.tngtech.archunit.base.DescribedPredicate.alwaysTrue())
            .because("the core never depends on an adapter, and adapters never see each other");

    @ArchTest
    static final ArchRule domain_is_pure_java = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
            .because("the domain is plain Java: no framework, no library annotation");

    @ArchTest
    static final ArchRule application_is_framework_free = classes().that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java..")
            .because("use cases depend on ports only; Spring, transactions and validation are wired in bootstrap");

    @ArchTest
    static final ArchRule vaadin_only_in_the_ui = noClasses().that().resideOutsideOfPackages("fr.conventio.adapters.web.ui..")
            .and().resideOutsideOfPackage("fr.conventio.bootstrap.security..")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
            .because("Vaadin is the web adapter's business");

    @ArchTest
    static final ArchRule security_wiring_uses_only_vaadin_security = classes().that().resideInAPackage("fr.conventio.bootstrap.security..")
            .should().onlyDependOnClassesThat().resideOutsideOfPackage("com.vaadin..")
            .orShould().onlyDependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("com.vaadin.flow.spring.security..")
                    .or(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage("com.vaadin.."))
                    .or(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("fr.conventio.adapters.web.ui..")))
            .because("the security wiring may only use Vaadin's Spring Security integration");

    @ArchTest
    static final ArchRule persistence_frameworks_only_in_persistence = noClasses().that().resideOutsideOfPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.data..", "org.mapstruct..", "org.flywaydb..")
            .because("Spring Data JDBC, MapStruct and Flyway belong to the persistence adapter");

    @ArchTest
    static final ArchRule jdbc_only_in_persistence_and_bootstrap = noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION, WEB)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.springframework.jdbc..")
            .because("only the persistence adapter (and the bootstrap's DataSource wiring) talk to the database");

    /** The packages of what staff do (drafting, payment, settlement...): everything but ports, shared support and security. */
    static final String[] NOT_CAPABILITIES = {"fr.conventio.application.port..", "fr.conventio.application.shared..", "fr.conventio.application.agreementfile..",
            "fr.conventio.application.security.."};

    @ArchTest
    static final ArchRule inbound_ports_are_use_cases_of_a_capability = classes().that().resideInAPackage(APPLICATION)
            .and().areInterfaces().and().haveSimpleNameEndingWith("UseCase")
            .should().resideOutsideOfPackages(NOT_CAPABILITIES)
            .because("an inbound port is one use case, in the package of the capability it belongs to (STYLE.md)");

    @ArchTest
    static final ArchRule capability_types_are_records_use_cases_or_services = classes().that().resideInAPackage(APPLICATION)
            .and().resideOutsideOfPackages(NOT_CAPABILITIES)
            .and().arePublic().and().areTopLevelClasses().and().areNotInterfaces().and().areNotEnums()
            .and().haveSimpleNameNotEndingWith("Service")
            .should().beRecords()
            .because("commands, queries, results and read models crossing an inbound port are immutable records");

    @ArchTest
    static final ArchRule outbound_ports_are_named_by_role = classes().that().resideInAPackage("fr.conventio.application.port.out..")
            .and().areInterfaces().and().doNotHaveSimpleName("package-info")
            .should().haveSimpleNameEndingWith("Repository")
            .orShould().haveSimpleNameEndingWith("Queries")
            .orShould().haveSimpleNameEndingWith("Port")
            .because("outbound ports are repositories (aggregates), queries (read models) or ports to outside systems");

    @ArchTest
    static final ArchRule services_implement_use_cases = classes().that().resideInAPackage(APPLICATION)
            .and().areTopLevelClasses().and().haveSimpleNameEndingWith("Service")
            .should().implement(com.tngtech.archunit.base.DescribedPredicate.describe("a use case",
                    (com.tngtech.archunit.core.domain.JavaClass c) -> c.getSimpleName().endsWith("UseCase")))
            .because("each service implements the use case it is named after");

    @ArchTest
    static final ArchRule no_cycles_between_modules = slices().matching("fr.conventio.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule no_cycles_in_domain = slices().matching("fr.conventio.domain.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule no_cycles_in_application = slices().matching("fr.conventio.application.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule no_clock_reading_in_the_core = noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().callMethodWhere(JavaCallPredicates.readsTheSystemClock())
            .because("dates come in commands or from an injected java.time.Clock, never from now() in the core");

    /**
     * What a view may know of the application: use cases, the records and enums they take and give, their
     * exceptions, and who may run them (roles and permissions, to offer only the actions allowed).
     */
    private static final com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> BEYOND_THE_INBOUND_PORTS =
            com.tngtech.archunit.base.DescribedPredicate.describe("application classes other than use cases, records, enums and exceptions",
                    c -> c.getPackageName().startsWith("fr.conventio.application")
                            && !(c.isInterface() && c.getSimpleName().endsWith("UseCase"))
                            && !c.isRecord() && !c.isEnum()
                            && !c.isAssignableTo(Throwable.class)
                            && !c.getPackageName().equals("fr.conventio.application.security"));

    @ArchTest
    static final ArchRule the_ui_reaches_the_application_only_through_inbound_ports = noClasses().that().resideInAPackage(WEB)
            .should().dependOnClassesThat(BEYOND_THE_INBOUND_PORTS)
            .because("views call use cases and read their records; services, outbound ports and the agreement file are the core's business");

    @ArchTest
    static final ArchRule only_the_agreement_file_saves_what_an_account_is_computed_from = noClasses()
            .that().resideInAPackage(APPLICATION).and().resideOutsideOfPackage("fr.conventio.application.agreementfile..")
            .should().callMethodWhere(JavaCallPredicates.callsOneOf("saves an agreement, its payments, obligations, recovery orders,"
                            + " control file or account figures",
                    java.util.Set.of("fr.conventio.application.port.out.AgreementRepository",
                            "fr.conventio.application.port.out.PaymentRepository", "fr.conventio.application.port.out.ObligationRepository",
                            "fr.conventio.application.port.out.RecoveryOrderRepository",
                            "fr.conventio.application.port.out.AgreementControlRepository",
                            "fr.conventio.application.port.out.AgreementAccountRepository"),
                    java.util.Set.of("save", "saveAll")))
            .because("AgreementFiles.save stores the account's figures with what they are computed from, in the same transaction");

    @ArchTest
    static final ArchRule only_the_account_records_a_payment = noClasses().that().resideOutsideOfPackage("fr.conventio.domain.account..")
            .should().callMethodWhere(JavaCallPredicates.callsOneOf("creates a payment without the payment rules",
                    java.util.Set.of("fr.conventio.domain.payment.Payment"), java.util.Set.of("record")))
            .because("AgreementAccount.pay applies V1–V4 and A3 before a payment exists");

    @ArchTest
    static final ArchRule money_is_computed_in_the_domain_only = noClasses().that().resideOutsideOfPackage(DOMAIN)
            .should().callMethodWhere(JavaCallPredicates.callsOneOf("computes an amount with the rounding policy",
                    java.util.Set.of("fr.conventio.domain.shared.Amount"),
                    java.util.Set.of("percent", "percentAtMost", "prorata", "apportion")))
            .because("a rule's formula is written once, in the domain: adapters and use cases read what it computed");

    @ArchTest
    static final ArchRule no_field_injection = noFields()
            .should().beAnnotatedWith("org.springframework.beans.factory.annotation.Autowired")
            .orShould().beAnnotatedWith("jakarta.inject.Inject")
            .because("dependencies come through constructors");

    @ArchTest
    static void the_analysed_code_base_is_not_empty(JavaClasses classes) {
        org.assertj.core.api.Assertions.assertThat(classes.that(
                com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(DOMAIN, APPLICATION, WEB, PERSISTENCE)))
                .as("classes of domain, application and adapters are on the test classpath").hasSizeGreaterThan(10);
    }
}
