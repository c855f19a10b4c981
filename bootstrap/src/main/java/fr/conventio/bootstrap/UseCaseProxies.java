package fr.conventio.bootstrap;

import fr.conventio.application.port.out.CurrentUserPort;
import fr.conventio.application.security.NotAllowedException;
import fr.conventio.application.security.UseCasePermissions;
import fr.conventio.application.shared.ReadOnly;
import fr.conventio.application.shared.StorageUnavailableException;

import org.aopalliance.intercept.MethodInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.NameMatchTransactionAttributeSource;
import org.springframework.transaction.interceptor.RollbackRuleAttribute;
import org.springframework.transaction.interceptor.RuleBasedTransactionAttribute;
import org.springframework.transaction.interceptor.TransactionInterceptor;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Puts every use-case service behind its inbound port, with, in this order:
 * <ol>
 * <li>authorization — deny by default: the call is refused with {@link NotAllowedException}
 *     unless {@link UseCasePermissions} grants the use case to one of the current user's roles;</li>
 * <li>a storage that does not answer in time (database down or frozen: the pool's, the driver's or the
 *     statement's timeout, see {@link StorageFailures}) becomes a {@link StorageUnavailableException}, once the
 *     transaction below has been rolled back (or failed to commit): staff see "Base de données indisponible,
 *     réessayez dans quelques instants." and nothing of the use case is kept;</li>
 * <li>one transaction per use case, rolled back on any exception, so that a refused or failed use
 *     case leaves nothing half-written (and no audit row); read-only on one snapshot for the queries.</li>
 * </ol>
 * Views and other callers can only obtain the proxy (beans are typed by the port interface).
 */
public class UseCaseProxies implements BeanPostProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(UseCaseProxies.class);

    private final ObjectProvider<PlatformTransactionManager> transactionManager;
    private final ObjectProvider<CurrentUserPort> currentUser;
    private final Supplier<SecurityContextHolderStrategy> securityContexts;

    /** With the static {@link SecurityContextHolder}'s strategy (unit tests without a security configuration). */
    public UseCaseProxies(ObjectProvider<PlatformTransactionManager> transactionManager, ObjectProvider<CurrentUserPort> currentUser) {
        this(transactionManager, currentUser, SecurityContextHolder::getContextHolderStrategy);
    }

    /**
     * With the security contexts of the application's own {@link SecurityContextHolderStrategy} (the one its filter
     * chain fills): the static holder is the last one set by any application context of the JVM, and a servlet
     * outside Vaadin (the document downloads) finds nothing there when several contexts live side by side.
     */
    public UseCaseProxies(ObjectProvider<PlatformTransactionManager> transactionManager, ObjectProvider<CurrentUserPort> currentUser,
                          Supplier<SecurityContextHolderStrategy> securityContexts) {
        this.transactionManager = transactionManager;
        this.currentUser = currentUser;
        this.securityContexts = securityContexts;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return UseCaseBeans.useCaseOf(bean.getClass()).map(useCase -> proxy(useCase, bean)).orElse(bean);
    }

    /** The service behind its port {@code useCase}, with authorization, then storage failures translated, then a transaction. */
    Object proxy(Class<?> useCase, Object service) {
        ProxyFactory factory = new ProxyFactory(service);
        factory.setInterfaces(useCase);
        factory.addAdvice(authorization(useCase));
        factory.addAdvice(storageFailures(useCase));
        factory.addAdvice(transaction(ReadOnly.class.isAssignableFrom(useCase)));
        return factory.getProxy(getClass().getClassLoader());
    }

    private MethodInterceptor authorization(Class<?> useCase) {
        return invocation -> {
            if (!UseCasePermissions.isAllowed(useCase, currentRoles(securityContexts.get()))) {
                throw new NotAllowedException(useCase.getSimpleName(), currentUser.getObject().currentUser());
            }
            return invocation.proceed();
        };
    }

    /** Outside the transaction, so that a failed begin, statement, commit or rollback is seen, after the rollback. */
    private static MethodInterceptor storageFailures(Class<?> useCase) {
        return invocation -> {
            try {
                return invocation.proceed();
            } catch (RuntimeException error) {
                if (StorageFailures.isUnavailable(error)) {
                    LOG.warn("{}: the database did not answer in time, the use case failed ({})", useCase.getSimpleName(),
                            StorageFailures.describe(error));
                    LOG.debug("{}: storage failure", useCase.getSimpleName(), error);
                    throw new StorageUnavailableException(error);
                }
                throw error;
            }
        };
    }

    /**
     * A command runs in a read-write transaction (READ COMMITTED, optimistic locking on the aggregates); a
     * query ({@link ReadOnly}) in a read-only REPEATABLE READ transaction: one snapshot for every read of the
     * page it builds (the agreement page reads six tables, the dashboard four lists).
     */
    private TransactionInterceptor transaction(boolean readOnly) {
        RuleBasedTransactionAttribute attribute = new RuleBasedTransactionAttribute();
        attribute.setRollbackRules(List.of(new RollbackRuleAttribute(Throwable.class)));
        if (readOnly) {
            attribute.setReadOnly(true);
            attribute.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        }
        NameMatchTransactionAttributeSource source = new NameMatchTransactionAttributeSource();
        source.addTransactionalMethod("*", attribute);
        return new TransactionInterceptor(transactionManager.getObject(), source);
    }

    static Set<String> currentRoles(SecurityContextHolderStrategy securityContexts) {
        Authentication authentication = securityContexts.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Set.of();
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(role -> role.replaceFirst("^ROLE_", "")).collect(Collectors.toSet());
    }
}
