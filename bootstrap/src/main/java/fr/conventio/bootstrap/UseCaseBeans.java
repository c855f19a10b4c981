package fr.conventio.bootstrap;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.util.ClassUtils;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Registers every use-case service of the application module as a bean, constructor-autowired
 * with the outbound ports the adapters provide: {@code fr.conventio.application.<capability>.XxxService}
 * implementing {@code XxxUseCase} (e.g. {@code settlement.SettleAgreementService}). The application stays free of Spring annotations, and a new
 * use case needs no wiring code. {@link UseCaseProxies} then puts each behind its inbound port
 * with authorization and a transaction.
 */
public class UseCaseBeans implements BeanDefinitionRegistryPostProcessor {

    static final String APPLICATION_PACKAGE = "fr.conventio.application";

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) throws BeansException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(Pattern.quote(APPLICATION_PACKAGE) + "\\.[a-z]+\\.[A-Za-z0-9]+Service")));
        for (var candidate : scanner.findCandidateComponents(APPLICATION_PACKAGE)) {
            Class<?> service = ClassUtils.resolveClassName(candidate.getBeanClassName(), getClass().getClassLoader());
            if (useCaseOf(service).isEmpty()) {
                continue;
            }
            RootBeanDefinition definition = new RootBeanDefinition(service);
            definition.setAutowireMode(AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR);
            registry.registerBeanDefinition(ClassUtils.getShortNameAsProperty(service), definition);
        }
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
        // nothing: the definitions are complete
    }

    /** The inbound port a service implements: its one interface named {@code *UseCase}. */
    static Optional<Class<?>> useCaseOf(Class<?> service) {
        if (!service.getPackageName().startsWith(APPLICATION_PACKAGE + ".")) {
            return Optional.empty();
        }
        return Arrays.stream(service.getInterfaces()).filter(type -> type.getSimpleName().endsWith("UseCase")).findFirst();
    }
}
