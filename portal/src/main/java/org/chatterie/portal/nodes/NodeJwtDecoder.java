package org.chatterie.portal.nodes;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.chatterie.protocol.Protocol;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Verifies an agent's JWT against the public key its node enrolled with: ES256 only, the
 * {@code kid} and {@code sub} name the node, the audience is the portal, and the token is
 * short-lived (at most {@code chatterie.nodes.max-token-lifetime}). A revoked node has no key.
 */
@Component
class NodeJwtDecoder implements JwtDecoder {

    private static final Duration SKEW = Duration.ofSeconds(30);

    private final NodeService nodes;
    private final NodesProperties properties;
    private final Clock clock;

    NodeJwtDecoder(NodeService nodes, NodesProperties properties, Clock clock) {
        this.nodes = nodes;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())) {
                throw new BadJwtException("Only ES256 tokens are accepted");
            }
            String nodeId = jwt.getHeader().getKeyID();
            if (nodeId == null) {
                throw new BadJwtException("Token has no key id");
            }
            var key = nodes.activeKey(nodeId).orElseThrow(() -> new BadJwtException("Unknown or revoked node"));
            if (!jwt.verify(new ECDSAVerifier(key))) {
                throw new BadJwtException("Bad signature");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            checkClaims(claims, nodeId);
            return Jwt.withTokenValue(token)
                    .headers(h -> h.putAll(jwt.getHeader().toJSONObject()))
                    .claims(c -> c.putAll(claims.toJSONObject()))
                    .subject(nodeId)
                    .issuedAt(claims.getIssueTime().toInstant())
                    .expiresAt(claims.getExpirationTime().toInstant())
                    .build();
        } catch (ParseException | JOSEException e) {
            throw new BadJwtException("Unreadable token", e);
        }
    }

    private void checkClaims(JWTClaimsSet claims, String nodeId) {
        Instant now = clock.instant();
        Date issued = claims.getIssueTime();
        Date expires = claims.getExpirationTime();
        if (!nodeId.equals(claims.getSubject())) {
            throw new BadJwtException("Subject is not the signing node");
        }
        if (claims.getAudience() == null || !claims.getAudience().contains(Protocol.AUDIENCE)) {
            throw new BadJwtException("Wrong audience");
        }
        if (issued == null || expires == null) {
            throw new BadJwtException("Token must carry iat and exp");
        }
        if (expires.toInstant().isBefore(now.minus(SKEW))) {
            throw new BadJwtException("Token expired");
        }
        if (issued.toInstant().isAfter(now.plus(SKEW))) {
            throw new BadJwtException("Token issued in the future");
        }
        if (Duration.between(issued.toInstant(), expires.toInstant()).compareTo(properties.maxTokenLifetime()) > 0) {
            throw new BadJwtException("Token lives too long");
        }
    }
}
