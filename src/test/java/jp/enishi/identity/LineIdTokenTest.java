package jp.enishi.identity;

import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** LINE Login signs ID tokens with HS256 and the channel secret, although its discovery document says ES256. */
class LineIdTokenTest {

    private static final String CHANNEL_ID = "1657000000";
    private static final String CHANNEL_SECRET = "0123456789abcdef0123456789abcdef";

    private final JwtDecoder decoder = new SecurityConfiguration().idTokenDecoderFactory().createDecoder(line());

    @Test
    void an_id_token_signed_with_the_channel_secret_is_accepted() throws Exception {
        assertThat(decoder.decode(idToken(CHANNEL_SECRET)).getSubject()).isEqualTo("U4af4980629");
    }

    @Test
    void an_id_token_signed_with_another_secret_is_refused() throws Exception {
        String forged = idToken("ffffffffffffffffffffffffffffffff");
        assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(JwtException.class);
    }

    private static String idToken(String secret) throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer("https://access.line.me").subject("U4af4980629").audience(CHANNEL_ID)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(3600)))
                .claim("name", "山田 太郎").build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret));
        return jwt.serialize();
    }

    private static ClientRegistration line() {
        return ClientRegistration.withRegistrationId("line")
                .clientId(CHANNEL_ID).clientSecret(CHANNEL_SECRET)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile")
                .authorizationUri("https://access.line.me/oauth2/v2.1/authorize")
                .tokenUri("https://api.line.me/oauth2/v2.1/token")
                .jwkSetUri("https://api.line.me/oauth2/v2.1/certs")
                .issuerUri("https://access.line.me")
                .userNameAttributeName("sub")
                .build();
    }
}
