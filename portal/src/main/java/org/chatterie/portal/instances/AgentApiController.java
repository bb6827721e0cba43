package org.chatterie.portal.instances;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chatterie.portal.nodes.NodeService;
import org.chatterie.portal.system.ForbiddenException;
import org.chatterie.portal.system.InvalidInputException;
import org.chatterie.portal.system.Tokens;
import org.chatterie.protocol.NodeReport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agent protocol (docs/protocol.md): a node pulls its desired state (with ETag, so an
 * unchanged state costs a 304, and an optional long poll) and posts reports. A node's token opens only its own paths.
 */
@RestController
class AgentApiController {

    /** Longest long poll; agents ask for less than their JWT lifetime and HTTP timeouts. */
    static final int MAX_WAIT_SECONDS = 30;
    private static final long WAIT_STEP_MS = 200;
    private final java.util.concurrent.ConcurrentHashMap<String, Boolean> waiting = new java.util.concurrent.ConcurrentHashMap<>();

    private final InstanceService instances;
    private final NodeService nodes;
    private final ObjectMapper json;

    AgentApiController(InstanceService instances, NodeService nodes, ObjectMapper json) {
        this.instances = instances;
        this.nodes = nodes;
        this.json = json;
    }

    @GetMapping(path = "/api/v1/nodes/{id}/desired-state", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> desiredState(@PathVariable("id") String nodeId, @AuthenticationPrincipal Jwt token,
                                        @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
                                        @RequestParam(value = "wait", defaultValue = "0") int waitSeconds)
            throws JsonProcessingException, InterruptedException {
        requireOwnNode(nodeId, token);
        if (waitSeconds < 0 || waitSeconds > MAX_WAIT_SECONDS) {
            throw InvalidInputException.of("wait", "wait_out_of_range");
        }
        nodes.touch(nodeId);
        long deadline = System.nanoTime() + waitSeconds * 1_000_000_000L;
        while (true) {
            long generation = nodes.findById(nodeId).orElseThrow().desiredGeneration();
            String body = json.writeValueAsString(instances.desiredState(nodeId));
            String etag = "\"" + Tokens.sha256(body).substring(0, 32) + "\"";
            if (!etag.equals(ifNoneMatch)) {
                return ResponseEntity.ok().eTag(etag).contentType(MediaType.APPLICATION_JSON).body(body);
            }
            // Long poll: hold the request until the node's generation moves or the wait is over,
            // so a change reaches the node in a fraction of a second without hammering the portal.
            if (!waitForChange(nodeId, generation, deadline)) {
                return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
            }
        }
    }

    /**
     * One long poll per node at a time: each holds a server thread, so a node (buggy or hostile)
     * opening many must not starve the portal; an extra one is answered at once.
     */
    private boolean waitForChange(String nodeId, long generation, long deadline) throws InterruptedException {
        if (waiting.putIfAbsent(nodeId, Boolean.TRUE) != null) {
            return false;
        }
        try {
            while (System.nanoTime() < deadline) {
                Thread.sleep(WAIT_STEP_MS);
                if (nodes.findById(nodeId).map(n -> n.desiredGeneration() != generation).orElse(false)) {
                    return true;
                }
            }
            return false;
        } finally {
            waiting.remove(nodeId);
        }
    }

    @PostMapping(path = "/api/v1/nodes/{id}/report", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void report(@PathVariable("id") String nodeId, @AuthenticationPrincipal Jwt token, @RequestBody NodeReport report) {
        requireOwnNode(nodeId, token);
        if (report.nodeId() != null && !report.nodeId().equals(nodeId)) {
            throw InvalidInputException.of("nodeId", "node_mismatch");
        }
        if (report.instances().size() > 10_000 || report.events().size() > 10_000) {
            throw InvalidInputException.of("instances", "report_too_large");
        }
        instances.applyReport(nodeId, report);
    }

    private static void requireOwnNode(String nodeId, Jwt token) {
        if (token == null || !nodeId.equals(token.getSubject())) {
            throw new ForbiddenException("A node may read and report only its own state");
        }
    }
}
