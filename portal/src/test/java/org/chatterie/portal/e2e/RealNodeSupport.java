package org.chatterie.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.chatterie.portal.MailCatcher;
import org.chatterie.portal.audit.Actor;
import org.chatterie.portal.instances.InstanceService;
import org.chatterie.portal.instances.InstanceStatus;
import org.chatterie.portal.members.AccountRequestInput;
import org.chatterie.portal.members.MemberService;
import org.chatterie.portal.nodes.Node;
import org.chatterie.portal.nodes.NodeService;
import org.chatterie.portal.plans.PlanService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real node for end-to-end tests: the portal in this JVM (embedded PostgreSQL), the agent's
 * real jar started by its launcher as a process, the local Docker Engine and the agent's nginx,
 * with a loopback relay in front of the portal so a test can take it away. One agent per test
 * class, enrolled with a fresh one-time token.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RealNodeSupport {


    static final Actor ADMIN = new Actor("admin@chatterie.test", "127.0.0.1");
    static final Duration CONVERGE = Duration.ofSeconds(90);

    @LocalServerPort int port;
    @Autowired NodeService nodes;
    @Autowired InstanceService instances;
    @Autowired MemberService members;
    @Autowired org.chatterie.portal.members.PasswordService passwords;
    @Autowired PlanService plans;
    @Autowired GreenMail greenMail;

    PortalRelay relay;
    AgentProcess agent;
    Node node;
    int proxyPort;
    int metricsPort;

    static int freePort() throws java.io.IOException {
        try (var probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }
    Path stateDir;

    @BeforeAll
    void startAnAgent() throws Exception {
        DockerCli.buildTestImages();
        relay = new PortalRelay(port);
        proxyPort = freePort();
        metricsPort = freePort();
        stateDir = Files.createTempDirectory("chatterie-agent-state");
        String name = "e2e-" + UUID.randomUUID().toString().substring(0, 6);
        var token = nodes.createEnrollmentToken(name, ADMIN);
        agent = new AgentProcess(stateDir, "--chatterie.agent.poll-interval=1s",
                "--chatterie.agent.proxy.listen-port=" + proxyPort, "--chatterie.agent.orphan-grace=5s",
                "--chatterie.agent.metrics.listen-port=" + metricsPort);
        String output = agent.enroll("http://127.0.0.1:" + relay.port(), token.token());
        assertThat(output).contains("Enrolled as node");
        assertThat(Files.getPosixFilePermissions(stateDir.resolve("node-key.json"))).containsExactlyInAnyOrder(
                java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        node = nodes.findAll().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();

        // The token worked once; a second enrollment with it is refused.
        var again = new AgentProcess(Files.createTempDirectory("chatterie-agent-again"));
        assertThat(again.enrollExpectingFailure("http://127.0.0.1:" + port, token.token())).contains("token_invalid");

        agent.start();
        await("node reports its facts", () -> nodes.findById(node.id()).orElseThrow().memoryBytes() != null);
    }

    @AfterAll
    void stopTheAgent() throws Exception {
        if (agent != null) {
            agent.stop();
        }
        if (node != null) {
            // Revoked, it is no longer "online" for the next test class's placements.
            nodes.revoke(node.id(), ADMIN);
            DockerCli.removeNode(node.id());
        }
        if (relay != null) {
            relay.close();
        }
        // The agent's nginx outlives the agent by design; stop it with its own files.
        if (stateDir != null && Files.exists(stateDir.resolve("proxy/nginx.conf"))) {
            new ProcessBuilder("/usr/sbin/nginx", "-s", "stop", "-p", stateDir.resolve("proxy").toString(),
                    "-c", stateDir.resolve("proxy/nginx.conf").toString()).start().waitFor();
        }
    }

    String newMember() throws Exception {
        String email = "cloud-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        long free = plans.findOffered().stream().filter(p -> p.code().equals("free")).findFirst().orElseThrow().id();
        members.submitRequest(new AccountRequestInput("Cloud Member", email, free, "e2e", true, "fr"),
                new Actor("anonymous", "client-" + UUID.randomUUID()));
        long request = members.pendingRequests().stream().filter(r -> r.email().equals(email)).findFirst().orElseThrow().id();
        members.approve(request, ADMIN);
        String token = MailCatcher.setPasswordToken(MailCatcher.await(greenMail, email, 1));
        passwords.setPassword(token, "a cloud of one's own", "a cloud of one's own", ADMIN);
        return email;
    }

    InstanceStatus status(String instanceId) {
        return instances.find(instanceId).status();
    }

    void awaitStatus(String instanceId, InstanceStatus expected) throws Exception {
        await(instanceId + " " + expected, () -> status(instanceId) == expected);
    }

    void await(String what, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + CONVERGE.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Timed out waiting for: " + what + "\n--- agent log ---\n" + agent.log());
    }

    /** A plain HTTP/1.0 GET to the node's proxy with the instance's Host (java.net.http forbids setting Host). */
    ProxyResponse throughProxy(String address) throws Exception {
        try (var socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), proxyPort)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("GET / HTTP/1.0\r\nHost: " + address + "\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            int bodyStart = response.indexOf("\r\n\r\n");
            return new ProxyResponse(status, bodyStart < 0 ? "" : response.substring(bodyStart + 4));
        }
    }

    record ProxyResponse(int statusCode, String body) {}
}
