package fr.conventio.bootstrap.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The members of staff who may sign in: the users of {@code conventio.security.users} (strong password
 * hashes only, {@link PasswordHashes}) and, only with {@code conventio.security.demo-accounts=true}, the demo
 * accounts of the README (a loud warning in the log). With neither, the application does not start
 * ({@link NoStaffUserConfiguredException}, explained by {@link StaffUsersFailureAnalyzer}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StaffUsersProperties.class)
public class StaffUsersConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(StaffUsersConfiguration.class);

    /**
     * Checks the users before any bean is made (no database started for nothing): binds
     * {@code conventio.security} (each user's hash and roles are checked as they bind) and refuses a start
     * without any user.
     */
    @Bean
    static BeanFactoryPostProcessor staffUsersCheck(Environment environment) {
        return beanFactory -> requireSomeone(Binder.get(environment).bindOrCreate("conventio.security", StaffUsersProperties.class));
    }

    private static void requireSomeone(StaffUsersProperties properties) {
        if (properties.users().isEmpty() && !properties.demoAccounts()) {
            throw new NoStaffUserConfiguredException();
        }
    }

    /** Checks any {id}hash of Spring Security; only strong ones get past {@link PasswordHashes}; demo accounts get bcrypt. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(StaffUsersProperties properties, PasswordEncoder encoder) {
        requireSomeone(properties);
        List<UserDetails> users = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (StaffUsersProperties.StaffUser user : properties.users()) {
            requireUnique(names, user.username());
            users.add(User.withUsername(user.username()).password(user.password()).roles(user.roles().toArray(String[]::new)).build());
        }
        if (properties.demoAccounts()) {
            LOG.warn("DEMO ACCOUNTS ARE ON (conventio.security.demo-accounts=true): {} sign in with their login as password."
                    + " Never in production.", Arrays.stream(DemoAccount.values()).map(DemoAccount::username).toList());
            for (DemoAccount account : DemoAccount.values()) {
                requireUnique(names, account.username());
                users.add(User.withUsername(account.username()).password(encoder.encode(account.password()))
                        .roles(account.role()).build());
            }
        }
        return new InMemoryUserDetailsManager(users);
    }

    private static void requireUnique(Set<String> names, String username) {
        if (!names.add(username.strip().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("conventio.security.users « " + username + " » : déclaré deux fois (ou identique à un compte"
                    + " de démonstration) / declared twice (or the same as a demo account)");
        }
    }
}
