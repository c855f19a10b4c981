package fr.conventio.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import fr.conventio.application.security.NotAllowedException;
import fr.conventio.application.security.Roles;
import fr.conventio.application.security.UseCasePermissions;
import fr.conventio.application.shared.ReadOnly;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.util.ClassUtils;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Walks every use case of the application for every role (and for no role): the call reaches the
 * service exactly when {@link UseCasePermissions} grants it, otherwise it is refused with a French
 * message before the service is touched. Deny by default: every use case must be declared.
 */
class UseCaseAuthorizationTest {

    @AfterEach
    void clearSecurity() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_use_case_is_declared_in_the_permissions() {
        assertThat(useCases()).hasSizeGreaterThan(25)
                .allSatisfy(useCase -> assertThat(UseCasePermissions.isDeclared(useCase)).as(useCase.getSimpleName()).isTrue());
    }

    @Test
    void every_role_reaches_exactly_the_use_cases_it_is_granted() throws Exception {
        for (Class<?> useCase : useCases()) {
            for (String role : Roles.ALL) {
                boolean allowed = UseCasePermissions.isAllowed(useCase, Set.of(role));
                Object service = Mockito.mock(useCase);
                Object proxy = proxies().proxy(useCase, service);
                login(role);
                Method method = useCase.getMethods()[0];
                if (allowed) {
                    method.invoke(proxy, new Object[method.getParameterCount()]);
                    invokedOnce(service, method);
                } else {
                    assertThatThrownBy(() -> invoke(proxy, method)).as("%s for %s", useCase.getSimpleName(), role)
                            .isInstanceOf(NotAllowedException.class).hasMessageContaining("Action non autorisée");
                    Mockito.verifyNoInteractions(service);
                }
            }
        }
    }

    @Test
    void without_login_every_use_case_is_refused() throws Exception {
        for (Class<?> useCase : useCases()) {
            Object service = Mockito.mock(useCase);
            Object proxy = proxies().proxy(useCase, service);
            Method method = useCase.getMethods()[0];
            assertThatThrownBy(() -> invoke(proxy, method)).isInstanceOf(NotAllowedException.class);
            Mockito.verifyNoInteractions(service);
        }
    }

    @Test
    void read_only_role_reads_everything_and_changes_nothing() {
        for (Class<?> useCase : useCases()) {
            boolean isRead = ReadOnly.class.isAssignableFrom(useCase);
            assertThat(UseCasePermissions.isAllowed(useCase, Set.of(Roles.LECTURE))).as(useCase.getSimpleName()).isEqualTo(isRead);
        }
    }

    @Test
    void the_queries_are_exactly_the_use_cases_named_as_reads() {
        for (Class<?> useCase : useCases()) {
            assertThat(ReadOnly.class.isAssignableFrom(useCase)).as("%s is a read-only use case", useCase.getSimpleName())
                    .isEqualTo(useCase.getSimpleName().matches("(Get|Search|List|Export|Open)[A-Za-z]*UseCase"));
        }
    }

    @Test
    void every_declared_permission_is_a_use_case_of_the_application() {
        assertThat(UseCasePermissions.declaredUseCases()).containsExactlyInAnyOrderElementsOf(useCases());
    }

    @Test
    void a_query_runs_in_a_read_only_snapshot_a_command_in_a_read_write_transaction() throws Exception {
        RecordingTransactions transactions = new RecordingTransactions();
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("transactionManager", transactions);
        beans.registerSingleton("currentUser", new fr.conventio.bootstrap.security.SecurityCurrentUserAdapter());
        UseCaseProxies proxies = new UseCaseProxies(beans.getBeanProvider(PlatformTransactionManager.class),
                beans.getBeanProvider(fr.conventio.application.port.out.CurrentUserPort.class));
        login(Roles.RESPONSABLE);

        Class<?> query = port("GetAgreementUseCase");
        Method get = query.getMethods()[0];
        get.invoke(proxies.proxy(query, Mockito.mock(query)), new Object[get.getParameterCount()]);
        Class<?> command = port("SettleAgreementUseCase");
        Method settle = command.getMethods()[0];
        settle.invoke(proxies.proxy(command, Mockito.mock(command)), new Object[settle.getParameterCount()]);

        assertThat(transactions.definitions).hasSize(2);
        assertThat(transactions.definitions.get(0).isReadOnly()).isTrue();
        assertThat(transactions.definitions.get(0).getIsolationLevel()).isEqualTo(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        assertThat(transactions.definitions.get(1).isReadOnly()).isFalse();
        assertThat(transactions.definitions.get(1).getIsolationLevel()).isEqualTo(TransactionDefinition.ISOLATION_DEFAULT);
    }

    @Test
    void the_roles_and_the_author_come_from_the_applications_own_security_contexts_not_the_static_holder() throws Throwable {
        // another application context of the JVM set the static holder last: this application's filter chain fills its own strategy
        SecurityContextHolderStrategy own = new com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy();
        own.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("finances", "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.FINANCES))));
        SecurityContextHolder.clearContext();
        try {
            DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
            beans.registerSingleton("transactionManager", new NoTransactions());
            fr.conventio.bootstrap.security.SecurityCurrentUserAdapter author = new fr.conventio.bootstrap.security.SecurityCurrentUserAdapter(() -> own);
            beans.registerSingleton("currentUser", author);
            UseCaseProxies proxies = new UseCaseProxies(beans.getBeanProvider(PlatformTransactionManager.class),
                    beans.getBeanProvider(fr.conventio.application.port.out.CurrentUserPort.class), () -> own);
            Class<?> record = port("RecordPaymentUseCase");
            Object service = Mockito.mock(record);

            invoke(proxies.proxy(record, service), record.getMethods()[0]);

            invokedOnce(service, record.getMethods()[0]);
            assertThat(author.currentUser()).isEqualTo("finances");
        } finally {
            own.clearContext();
        }
    }

    @Test
    void payments_are_recorded_by_finance_and_decisions_taken_by_managers() {
        assertThat(UseCasePermissions.rolesFor(port("RecordPaymentUseCase"))).containsExactly(Roles.FINANCES);
        assertThat(UseCasePermissions.rolesFor(port("SignAgreementUseCase"))).containsExactly(Roles.RESPONSABLE);
        assertThat(UseCasePermissions.rolesFor(port("TerminateAgreementUseCase"))).containsExactly(Roles.RESPONSABLE);
        assertThat(UseCasePermissions.rolesFor(port("CreateDraftAgreementUseCase"))).containsExactlyInAnyOrder(Roles.INSTRUCTEUR, Roles.RESPONSABLE);
        assertThat(UseCasePermissions.rolesFor(port("DefineBudgetLineUseCase"))).containsExactly(Roles.ADMINISTRATEUR);
    }

    private static Class<?> port(String name) {
        return useCases().stream().filter(useCase -> useCase.getSimpleName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no use case " + name));
    }

    private static void invoke(Object proxy, Method method) throws Throwable {
        try {
            method.invoke(proxy, new Object[method.getParameterCount()]);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void invokedOnce(Object service, Method method) {
        assertThat(Mockito.mockingDetails(service).getInvocations()).singleElement()
                .satisfies(invocation -> assertThat(invocation.getMethod()).isEqualTo(method));
    }

    private static void login(String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                role.toLowerCase(), "n/a", List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    /** The use-case proxies with a transaction manager that does nothing and the Spring Security current user. */
    static UseCaseProxies proxies() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("transactionManager", new NoTransactions());
        beans.registerSingleton("currentUser", new fr.conventio.bootstrap.security.SecurityCurrentUserAdapter());
        return new UseCaseProxies(beans.getBeanProvider(PlatformTransactionManager.class),
                beans.getBeanProvider(fr.conventio.application.port.out.CurrentUserPort.class));
    }

    static List<Class<?>> useCases() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isInterface();
            }
        };
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile("fr\\.conventio\\.application\\.[a-z]+\\.[A-Za-z]+UseCase")));
        List<Class<?>> found = scanner.findCandidateComponents("fr.conventio.application").stream()
                .<Class<?>>map(definition -> ClassUtils.resolveClassName(definition.getBeanClassName(), null)).toList();
        if (found.isEmpty()) {
            fail("no use case found on the class path");
        }
        return found;
    }

    /** A transaction manager that records the definition of each transaction begun. */
    private static final class RecordingTransactions extends AbstractPlatformTransactionManager {
        final List<TransactionDefinition> definitions = new java.util.ArrayList<>();

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            definitions.add(definition);
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }

    /** A transaction manager that does nothing: this test is about authorization. */
    private static final class NoTransactions extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
