package org.homeward.support;

import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;

/** Access tokens shaped like Keycloak's (realm roles under {@code realm_access.roles}), signed for this run. */
public final class Tokens {

    private Tokens() {
    }

    public static String of(String username, String... roles) {
        return withSubject("sub-" + username, username, roles);
    }

    /** A token of a given login account: a username can pass from one account (subject) to another. */
    public static String withSubject(String subject, String username, String... roles) {
        return forAudience("homeward", subject, username, roles);
    }

    /** A token the realm issued for some client; Homeward accepts only those issued for it. */
    public static String forAudience(String audience, String subject, String username, String... roles) {
        return Jwt.upn(username)
                .audience(audience)
                .preferredUserName(username)
                .subject(subject)
                .claim("name", "Test " + username)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(600)
                .sign(privateKey());
    }

    private static PrivateKey privateKey() {
        String encoded = System.getProperty(TestEnvironment.PRIVATE_KEY_PROPERTY);
        if (encoded == null) {
            throw new IllegalStateException("TestEnvironment has not started: annotate the test with @WithTestResource");
        }
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(encoded)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
