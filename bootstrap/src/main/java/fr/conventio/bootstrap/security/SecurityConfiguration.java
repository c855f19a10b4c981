package fr.conventio.bootstrap.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fr.conventio.adapters.web.ui.LoginView;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import java.util.ArrayList;
import java.util.List;

/**
 * Login and access control. Every route is denied unless its view says who may open it
 * (Vaadin's navigation access control, deny by default); every use case is denied unless
 * {@code UseCasePermissions} grants it to one of the user's roles (see {@code UseCaseAuthorization}).
 * Users come from configuration ({@code conventio.security.users}, passwords hashed); the demo
 * accounts of the README are added when {@code conventio.security.demo-accounts=true}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(StaffUsersProperties.class)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // document downloads (DocumentDownloadServlet, outside Vaadin): any signed-in user; the use case then checks the role
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/documents/**").authenticated());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(StaffUsersProperties properties, PasswordEncoder encoder) {
        List<UserDetails> users = new ArrayList<>();
        for (StaffUsersProperties.StaffUser user : properties.users()) {
            users.add(User.withUsername(user.username()).password(user.password()).roles(user.roles().toArray(String[]::new)).build());
        }
        if (properties.demoAccounts()) {
            for (DemoAccount account : DemoAccount.values()) {
                users.add(User.withUsername(account.username()).password(encoder.encode(account.password()))
                        .roles(account.role()).build());
            }
        }
        return new InMemoryUserDetailsManager(users);
    }
}
