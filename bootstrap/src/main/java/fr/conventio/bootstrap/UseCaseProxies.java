package fr.conventio.bootstrap;

import fr.conventio.application.port.out.CurrentUserPort;
import fr.conventio.application.security.NotAllowedException;
import fr.conventio.application.security.UseCasePermissions;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.interceptor.NameMatchTransactionAttributeSource;
import org.springframework.transaction.interceptor.RollbackRuleAttribute;
import org.springframework.transaction.interceptor.RuleBasedTransactionAttribute;
import org.springframework.transaction.interceptor.TransactionInterceptor;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts every use-case service behind its inbound port, with, in this order:
 * <ol>
 * <li>authorization — deny by default: the call is refused with {@link NotAllowedException}
 *     unless {@link UseCasePermissions} grants the use case to one of the current user's roles;</li>
 * <li>one transaction per use case, rolled back on any exception, so that a refused or failed use
 *     case leaves nothing half-written (and no audit row).</li>
 * </ol>
 * Views and other callers can only obtain the proxy (beans are typed by the port interface).
 */
public class UseCaseProxies implements BeanPostProcessor {

    private final ObjectProvider<PlatformTransactionManager> transactionManager;
    private final ObjectProvider<CurrentUserPort> currentUser;

    public UseCaseProxies(ObjectProvider<PlatformTransactionManager> transactionManager, ObjectProvider<CurrentUserPort> currentUser) {
        this.transactionManager = transactionManager;
        this.currentUser = currentUser;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return UseCaseBeans.useCaseOf(bean.getClass()).map(useCase -> proxy(useCase, bean)).orElse(bean);
    }

    /** The service behind its port {@code useCase}, with authorization then a transaction. */
    Object proxy(Class<?> useCase, Object service) {
        ProxyFactory factory = new ProxyFactory(service);
        factory.setInterfaces(useCase);
        factory.addAdvice(authorization(useCase));
        factory.addAdvice(transaction());
        return factory.getProxy(getClass().getClassLoader());
    }

    private MethodInterceptor authorization(Class<?> useCase) {
        return invocation -> {
            if (!UseCasePermissions.isAllowed(useCase, currentRoles())) {
                throw new NotAllowedException(useCase.getSimpleName(), currentUser.getObject().currentUser());
            }
            return invocation.proceed();
        };
    }

    private TransactionInterceptor transaction() {
        RuleBasedTransactionAttribute attribute = new RuleBasedTransactionAttribute();
        attribute.setRollbackRules(List.of(new RollbackRuleAttribute(Throwable.class)));
        NameMatchTransactionAttributeSource source = new NameMatchTransactionAttributeSource();
        source.addTransactionalMethod("*", attribute);
        return new TransactionInterceptor(transactionManager.getObject(), source);
    }

    static Set<String> currentRoles() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Set.of();
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(role -> role.replaceFirst("^ROLE_", "")).collect(Collectors.toSet());
    }
}
