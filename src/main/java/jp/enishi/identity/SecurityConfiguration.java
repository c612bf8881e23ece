package jp.enishi.identity;

import java.time.Clock;
import java.time.Duration;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jp.enishi.identity.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Two ways in, one user: e-mail and password, and any OIDC provider configured under
 * {@code spring.security.oauth2.client.registration.*} (Keycloak, Entra ID, Google, LINE). Vaadin's configurer
 * brings session-fixation protection and logout; views declare who may enter them. What Enishi adds to it for
 * ASVS level 2 is written down in docs/design-decisions/2026-12-02-accounts-and-sessions.md.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /** Where every sign-in lands; it sends the user on to their workspace, the consortium or /me. */
    static final String AFTER_LOGIN = "/start";

    /**
     * As strict as Vaadin Flow allows. Flow's client runs server-sent JavaScript ({@code executeJs}, element
     * property bindings) through {@code new Function}, so scripts need {@code 'unsafe-eval'}; its bootstrap page
     * carries an inline script and Lumo injects inline styles. Everything else comes from this origin: no
     * third-party script, frame, object or form target; images also as data:/blob: (upload previews).
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> providers,
                                            FederatedAccounts federatedAccounts, RequestUtil vaadinRequests,
                                            SessionRegistry sessions, Clock clock,
                                            @Value("${enishi.session.idle-timeout}") Duration idleTimeout,
                                            @Value("${enishi.session.absolute-timeout}") Duration absoluteTimeout,
                                            @Value("${enishi.session.anonymous-idle-timeout:10m}") Duration anonymousTimeout)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                // Enishi's own stylesheets (frontend/styles), public like Vaadin's.
                .requestMatchers("/styles/**", "/favicon.ico").permitAll()
                // Public projects' cover images; the controller serves published and closed projects only.
                .requestMatchers("/media/projects/*/cover").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class, "/")
                .defaultSuccessUrl(AFTER_LOGIN, false)
                // Vaadin's configurer exempts the login form's POST from CSRF, so a foreign page could sign a
                // visitor in as the attacker (login CSRF). Enishi configures CSRF itself: only Vaadin's own
                // requests are exempt, because they carry Vaadin's own token.
                .enableCsrfConfiguration(false)
                // Vaadin's default denies paths that are no route to everyone, so a signed-in officer following a
                // dead link got the browser's bare 403. Signed in, they now reach Vaadin's Japanese not-found page;
                // visitors are still sent to the login first.
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.sessionManagement(session -> session
                .sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login?expired"));
        http.addFilterAfter(new SessionLimits(clock, idleTimeout, absoluteTimeout, anonymousTimeout), SecurityContextHolderFilter.class);
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                // Written only on requests that arrived over TLS (X-Forwarded-Proto from a trusted proxy counts).
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds())
                        .includeSubDomains(true)));
        if (providers.getIfAvailable() != null) {
            http.oauth2Login(oauth -> oauth
                    .loginPage("/login")
                    .defaultSuccessUrl(AFTER_LOGIN, false)
                    .failureUrl("/login?error=federated")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(federatedAccounts)));
        }
        return http.build();
    }

    /** Every signed-in session of a user, so a password change can end the others. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when sessions end. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
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
