package jp.enishi.identity;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jp.enishi.identity.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two ways in, one user: e-mail and password, and any OIDC provider configured under
 * {@code spring.security.oauth2.client.registration.*} (Keycloak, Entra ID, Google, LINE). Vaadin's configurer
 * brings CSRF for its own requests, session-fixation protection and logout; views declare who may enter them.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /** Where every sign-in lands; it sends the user on to their workspace, the consortium or /me. */
    static final String AFTER_LOGIN = "/start";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> providers,
                                            FederatedAccounts federatedAccounts) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                // Enishi's own stylesheets (frontend/styles), public like Vaadin's.
                .requestMatchers("/styles/**", "/favicon.ico").permitAll()
                // Public projects' cover images; the controller serves published and closed projects only.
                .requestMatchers("/media/projects/*/cover").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class, "/")
                .defaultSuccessUrl(AFTER_LOGIN, false)
                // Vaadin's default denies paths that are no route to everyone, so a signed-in officer following a
                // dead link got the browser's bare 403. Signed in, they now reach Vaadin's Japanese not-found page;
                // visitors are still sent to the login first.
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        if (providers.getIfAvailable() != null) {
            http.oauth2Login(oauth -> oauth
                    .loginPage("/login")
                    .defaultSuccessUrl(AFTER_LOGIN, false)
                    .failureUrl("/login?error=federated")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(federatedAccounts)));
        }
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // Stores "{bcrypt}…" so the algorithm can be upgraded later without invalidating existing hashes.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** LINE signs its ID tokens with HS256 and the channel secret, although its discovery document says ES256. */
    @Bean
    JwtDecoderFactory<ClientRegistration> idTokenDecoderFactory() {
        OidcIdTokenDecoderFactory factory = new OidcIdTokenDecoderFactory();
        factory.setJwsAlgorithmResolver(registration -> isLine(registration) ? MacAlgorithm.HS256 : SignatureAlgorithm.RS256);
        return factory;
    }

    static boolean isLine(ClientRegistration registration) {
        String issuer = registration.getProviderDetails().getIssuerUri();
        return "line".equals(registration.getRegistrationId()) || (issuer != null && issuer.startsWith("https://access.line.me"));
    }
}
