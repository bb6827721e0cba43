package org.chatterie.portal.nodes;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.chatterie.portal.audit.Actor;
import org.chatterie.portal.audit.AuditService;
import org.chatterie.portal.system.InvalidInputException;
import org.chatterie.portal.system.Tokens;
import org.chatterie.protocol.EnrollRequest;
import org.chatterie.protocol.EnrollResponse;
import org.chatterie.protocol.NodeReport;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Enrollment, revocation, node facts. Every admin action is audited with the change. */
@Service
public class NodeService {

    /** A token just created: shown once to the admin, never stored in clear. */
    public record EnrollmentToken(String token, String nodeName, Instant expiresAt) {}

    private static final int MAX_NAME = 40;

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditService audit;
    private final NodesProperties properties;
    private final ApplicationEventPublisher events;

    public NodeService(Jdbi jdbi, Clock clock, AuditService audit, NodesProperties properties,
                       ApplicationEventPublisher events) {
        this.events = events;
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.properties = properties;
    }

    public EnrollmentToken createEnrollmentToken(String nodeName, Actor admin) {
        String name = nodeName == null ? "" : nodeName.strip();
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX_NAME - 1) + "}")) {
            throw InvalidInputException.of("name", "nodes.error.name", MAX_NAME);
        }
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.enrollmentTokenValidity());
        String token = Tokens.newToken();
        jdbi.useTransaction(handle -> {
            if (handle.attach(NodeDao.class).activeNameExists(name)) {
                throw InvalidInputException.of("name", "nodes.error.name-taken");
            }
            handle.attach(EnrollmentTokenDao.class).insert(Tokens.sha256(token), name, admin.name(), now, expiresAt);
            audit.record(handle, admin, "node.token-create", name, "expires " + expiresAt);
        });
        return new EnrollmentToken(token, name, expiresAt);
    }

    /** Called by an agent with its one-time token and public key. */
    public EnrollResponse enroll(EnrollRequest request, String remoteAddress) {
        if (request == null || !Tokens.plausible(request.token())) {
            throw InvalidInputException.of("token", "token_invalid");
        }
        String publicKey = validPublicKey(request);
        Instant now = clock.instant();
        String hash = Tokens.sha256(request.token());
        return jdbi.inTransaction(handle -> {
            EnrollmentTokenDao tokens = handle.attach(EnrollmentTokenDao.class);
            String name = tokens.findUsable(hash, now)
                    .orElseThrow(() -> InvalidInputException.of("token", "token_invalid"));
            NodeDao nodes = handle.attach(NodeDao.class);
            if (nodes.activeNameExists(name)) {
                throw InvalidInputException.of("token", "name_taken");
            }
            String nodeId = "n" + Tokens.newId(8);
            String creator = tokens.creatorOf(hash).orElse("?");
            nodes.insert(nodeId, name, publicKey, now, creator, clip(request.hostname()), clip(request.agentVersion()));
            tokens.markUsed(hash, now, nodeId);
            audit.record(handle, new Actor("node:" + nodeId, remoteAddress), "node.enroll", name,
                    "host " + clip(request.hostname()));
            return new EnrollResponse(nodeId, name);
        });
    }

    private static String validPublicKey(EnrollRequest request) {
        try {
            JWK jwk = JWK.parse(request.publicKey() == null ? java.util.Map.of() : request.publicKey());
            if (!(jwk instanceof ECKey ec) || !Curve.P_256.equals(ec.getCurve())) {
                throw InvalidInputException.of("publicKey", "key_unsupported");
            }
            if (ec.isPrivate()) {
                throw InvalidInputException.of("publicKey", "key_is_private");
            }
            return ec.toPublicJWK().toJSONString();
        } catch (ParseException | IllegalArgumentException e) {
            throw InvalidInputException.of("publicKey", "key_invalid");
        }
    }

    private static String clip(String value) {
        if (value == null) {
            return "";
        }
        String clean = value.replaceAll("\\p{Cntrl}", "").strip();
        return clean.length() > 100 ? clean.substring(0, 100) : clean;
    }

    public void revoke(String nodeId, Actor admin) {
        Node revoked = jdbi.inTransaction(handle -> {
            NodeDao nodes = handle.attach(NodeDao.class);
            Node node = nodes.findById(nodeId).orElseThrow(() -> InvalidInputException.of("node", "nodes.error.unknown"));
            if (nodes.revoke(nodeId, clock.instant()) == 1) {
                audit.record(handle, admin, "node.revoke", node.name(), nodeId);
                return node;
            }
            return null;
        });
        if (revoked != null) {
            events.publishEvent(new NodeRevoked(revoked.id(), revoked.name()));
        }
    }

    /** The public key of an active node, for verifying its tokens. */
    public Optional<ECKey> activeKey(String nodeId) {
        return findById(nodeId).filter(n -> n.state() == NodeState.ACTIVE).map(n -> {
            try {
                return ECKey.parse(n.publicKey());
            } catch (ParseException e) {
                throw new IllegalStateException("Stored key of node " + nodeId + " is unreadable", e);
            }
        });
    }

    public Optional<Node> findById(String nodeId) {
        return jdbi.withExtension(NodeDao.class, dao -> dao.findById(nodeId));
    }

    public List<Node> findAll() {
        return jdbi.withExtension(NodeDao.class, NodeDao::findAll);
    }

    public List<Node> onlineNodes() {
        Instant now = clock.instant();
        return findAll().stream().filter(n -> n.online(now, properties.offlineAfter())).toList();
    }

    public boolean isOnline(Node node) {
        return node.online(clock.instant(), properties.offlineAfter());
    }

    public void recordReport(Handle handle, String nodeId, NodeReport report) {
        if (report.facts() == null) {
            handle.attach(NodeDao.class).touch(nodeId, clock.instant());
        } else {
            handle.attach(NodeDao.class).recordReport(nodeId, clock.instant(), report.facts(), report.appliedGeneration());
        }
    }

    public void touch(String nodeId) {
        jdbi.useExtension(NodeDao.class, dao -> dao.touch(nodeId, clock.instant()));
    }

    /** Marks the node's desired state as changed, inside the caller's transaction. */
    public long bumpGeneration(Handle handle, String nodeId) {
        return handle.attach(NodeDao.class).bumpGeneration(nodeId);
    }

    public long count(NodeState state) {
        return jdbi.withExtension(NodeDao.class, dao -> dao.count(state));
    }
}
