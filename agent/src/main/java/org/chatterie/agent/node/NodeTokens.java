package org.chatterie.agent.node;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.chatterie.protocol.Protocol;

/** Signs the short-lived JWT that goes with every call to the portal (ES256, kid = sub = node id). */
public final class NodeTokens {

    private final NodeIdentity identity;
    private final Duration lifetime;
    private final Clock clock;
    private final ECDSASigner signer;

    public NodeTokens(NodeIdentity identity, Duration lifetime, Clock clock) {
        this.identity = identity;
        this.lifetime = lifetime;
        this.clock = clock;
        try {
            this.signer = new ECDSASigner(identity.key());
        } catch (JOSEException e) {
            throw new IllegalStateException("The node key cannot sign", e);
        }
    }

    public String next() {
        Instant now = clock.instant();
        var claims = new JWTClaimsSet.Builder()
                .subject(identity.nodeId())
                .issuer("node:" + identity.nodeId())
                .audience(Protocol.AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        var header = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(identity.nodeId()).type(JOSEObjectType.JWT).build();
        var jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Signing failed", e);
        }
        return jwt.serialize();
    }
}
