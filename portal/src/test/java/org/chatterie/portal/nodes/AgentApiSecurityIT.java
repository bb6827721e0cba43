package org.chatterie.portal.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.chatterie.portal.PortalTest;
import org.chatterie.portal.audit.Actor;
import org.chatterie.portal.audit.AuditService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The agent API over real HTTP: who may read and report what, and what is refused. */
@PortalTest
class AgentApiSecurityIT {

    static final Actor ADMIN = new Actor("admin@chatterie.test", "127.0.0.1");

    @LocalServerPort int port;
    @Autowired NodeService nodes;
    @Autowired AuditService audit;

    final HttpClient http = HttpClient.newHttpClient();
    ECKey key;
    String nodeId;

    @BeforeEach
    void enrollANode() throws Exception {
        key = new ECKeyGenerator(Curve.P_256).generate();
        nodeId = enroll(key);
    }

    String enroll(ECKey nodeKey) throws Exception {
        var token = nodes.createEnrollmentToken("sec-" + UUID.randomUUID().toString().substring(0, 8), ADMIN);
        var response = post("/api/v1/enroll", null, "{\"token\":\"" + token.token() + "\",\"publicKey\":"
                + nodeKey.toPublicJWK().toJSONString() + ",\"hostname\":\"h\",\"agentVersion\":\"test\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).get("nodeId").asText();
    }

    String jwt(ECKey signingKey, String kid, String subject, String audience, Instant issued, Duration lifetime)
            throws Exception {
        var claims = new JWTClaimsSet.Builder().subject(subject).audience(audience)
                .issueTime(Date.from(issued)).expirationTime(Date.from(issued.plus(lifetime))).build();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(kid).build(), claims);
        jwt.sign(new ECDSASigner(signingKey));
        return jwt.serialize();
    }

    String goodToken() throws Exception {
        return jwt(key, nodeId, nodeId, "chatterie-portal", Instant.now(), Duration.ofSeconds(60));
    }

    HttpResponse<String> get(String path, String token, String etag) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String token, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String desired(String id) {
        return "/api/v1/nodes/" + id + "/desired-state";
    }

    @Test
    void aNodeReadsItsOwnStateWithAnEtag() throws Exception {
        var first = get(desired(nodeId), goodToken(), null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("\"nodeId\":\"" + nodeId + "\"").contains("\"protocolVersion\":1");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(get(desired(nodeId), goodToken(), etag).statusCode()).isEqualTo(304);
        assertThat(audit.findByAction("node.enroll")).anySatisfy(e -> assertThat(e.actor()).isEqualTo("node:" + nodeId));
    }

    @Test
    void aNodeCannotReadOrReportForAnother() throws Exception {
        var otherKey = new ECKeyGenerator(Curve.P_256).generate();
        String other = enroll(otherKey);
        assertThat(get(desired(other), goodToken(), null).statusCode()).isEqualTo(403);
        var report = post("/api/v1/nodes/" + other + "/report", goodToken(), "{\"nodeId\":\"" + other + "\"}");
        assertThat(report.statusCode()).isEqualTo(403);
    }

    @Test
    void badTokensAreRefused() throws Exception {
        var stranger = new ECKeyGenerator(Curve.P_256).generate();
        Instant now = Instant.now();
        assertThat(get(desired(nodeId), null, null).statusCode()).as("no token").isEqualTo(401);
        assertThat(get(desired(nodeId), "not.a.jwt", null).statusCode()).as("garbage").isEqualTo(401);
        assertThat(get(desired(nodeId), jwt(stranger, nodeId, nodeId, "chatterie-portal", now, Duration.ofSeconds(60)), null)
                .statusCode()).as("forged signature").isEqualTo(401);
        assertThat(get(desired(nodeId), jwt(key, nodeId, nodeId, "chatterie-portal", now.minusSeconds(600),
                Duration.ofSeconds(60)), null).statusCode()).as("expired").isEqualTo(401);
        assertThat(get(desired(nodeId), jwt(key, nodeId, nodeId, "someone-else", now, Duration.ofSeconds(60)), null)
                .statusCode()).as("audience").isEqualTo(401);
        assertThat(get(desired(nodeId), jwt(key, nodeId, nodeId, "chatterie-portal", now, Duration.ofDays(1)), null)
                .statusCode()).as("lifetime").isEqualTo(401);
        assertThat(get(desired(nodeId), jwt(key, nodeId, "nother", "chatterie-portal", now, Duration.ofSeconds(60)), null)
                .statusCode()).as("subject").isEqualTo(401);
    }

    @Test
    void aRevokedNodeIsLockedOutAtOnce() throws Exception {
        assertThat(get(desired(nodeId), goodToken(), null).statusCode()).isEqualTo(200);
        nodes.revoke(nodeId, ADMIN);
        assertThat(get(desired(nodeId), goodToken(), null).statusCode()).isEqualTo(401);
    }

    @Test
    void clientMistakesGetA400ThatNamesThem() throws Exception {
        var badJson = post("/api/v1/nodes/" + nodeId + "/report", goodToken(), "{not json");
        assertThat(badJson.statusCode()).isEqualTo(400);
        assertThat(badJson.body()).contains("body_invalid").doesNotContain("Exception");
        var mismatch = post("/api/v1/nodes/" + nodeId + "/report", goodToken(), "{\"nodeId\":\"someone\"}");
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(mismatch.body()).contains("node_mismatch");

        var usedUp = post("/api/v1/enroll", null, "{\"token\":\"nope\",\"publicKey\":"
                + key.toPublicJWK().toJSONString() + "}");
        assertThat(usedUp.statusCode()).isEqualTo(400);
        assertThat(usedUp.body()).contains("token_invalid");
        var token = nodes.createEnrollmentToken("priv-" + UUID.randomUUID().toString().substring(0, 8), ADMIN);
        var privateKey = post("/api/v1/enroll", null, "{\"token\":\"" + token.token() + "\",\"publicKey\":"
                + key.toJSONString() + "}");
        assertThat(privateKey.statusCode()).isEqualTo(400);
        assertThat(privateKey.body()).contains("key_is_private");
    }

    @Test
    void aReportUpdatesTheNodesFacts() throws Exception {
        var report = post("/api/v1/nodes/" + nodeId + "/report", goodToken(), "{\"nodeId\":\"" + nodeId + "\","
                + "\"observedAt\":\"" + Instant.now() + "\",\"appliedGeneration\":1,\"facts\":{\"hostname\":\"box\","
                + "\"cpus\":2,\"memoryBytes\":2000000000,\"diskTotalBytes\":100,\"diskFreeBytes\":50,"
                + "\"dockerVersion\":\"20.10\",\"agentVersion\":\"t\"},\"instances\":[],\"events\":[]}");
        assertThat(report.statusCode()).as(report.body()).isEqualTo(204);
        var node = nodes.findById(nodeId).orElseThrow();
        assertThat(node.cpus()).isEqualTo(2);
        assertThat(node.dockerVersion()).isEqualTo("20.10");
        assertThat(nodes.isOnline(node)).isTrue();
    }
}
