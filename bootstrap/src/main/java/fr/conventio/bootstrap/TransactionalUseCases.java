package fr.conventio.bootstrap;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.interceptor.NameMatchTransactionAttributeSource;
import org.springframework.transaction.interceptor.RuleBasedTransactionAttribute;
import org.springframework.transaction.interceptor.RollbackRuleAttribute;
import org.springframework.transaction.interceptor.TransactionInterceptor;

import java.util.List;

/**
 * One transaction per use case: wraps a use-case service (plain Java, no annotation) in a
 * proxy of its inbound port that opens a transaction around every call and rolls it back on
 * any exception, so that a refused or failed use case leaves nothing half-written.
 */
public final class TransactionalUseCases {

    private final PlatformTransactionManager transactionManager;

    public TransactionalUseCases(PlatformTransactionManager transactionManager) {
        this.transactionManager = transactionManager;
    }

    public <T> T wrap(Class<T> useCase, T service) {
        RuleBasedTransactionAttribute attribute = new RuleBasedTransactionAttribute();
        attribute.setRollbackRules(List.of(new RollbackRuleAttribute(Exception.class)));
        NameMatchTransactionAttributeSource source = new NameMatchTransactionAttributeSource();
        source.addTransactionalMethod("*", attribute);
        ProxyFactory factory = new ProxyFactory(service);
        factory.setInterfaces(useCase);
        factory.addAdvice(new TransactionInterceptor(transactionManager, source));
        return useCase.cast(factory.getProxy(getClass().getClassLoader()));
    }
}
