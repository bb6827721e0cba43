package org.chatterie.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.chatterie.portal.MailCatcher;
import org.chatterie.portal.PortalTest;
import org.chatterie.portal.audit.Actor;
import org.chatterie.portal.instances.InstanceRow;
import org.chatterie.portal.instances.InstanceService;
import org.chatterie.portal.instances.InstanceStatus;
import org.chatterie.portal.members.AccountRequestInput;
import org.chatterie.portal.members.MemberService;
import org.chatterie.portal.nodes.Node;
import org.chatterie.portal.nodes.NodeService;
import org.chatterie.portal.plans.PlanService;
import org.chatterie.portal.system.InvalidInputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole chain on real things: the portal (in this JVM, on embedded PostgreSQL), the agent
 * (its real jar, as a process), the local Docker Engine, and the agent's nginx. A member's app
 * is installed, reached through the proxy, suspended, resumed, survives agent SIGKILLs and a
 * portal outage, and is deleted with its data.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NodeAgentIT {

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

    @Test
    void aMembersAppLivesItsWholeLifeOnARealNode() throws Exception {
        String member = newMember();
        InstanceRow app = instances.install(member, "webapp", new Actor(member, "127.0.0.1"), false);
        assertThat(app.address()).isEqualTo("webapp-" + member.substring(0, member.indexOf('@')) + ".cloud.test");
        assertThat(app.nodeName()).isEqualTo(node.name());
        awaitStatus(app.id(), InstanceStatus.RUNNING);

        var metrics = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + metricsPort + "/metrics")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics).contains("chatterie_agent_reconcile_seconds_count")
                .contains("chatterie_agent_portal_reachable 1.0").containsPattern("chatterie_agent_instances\\{status=\"running\"\\} [1-9]");

        // Stopped behind the agent's back while it long-polls: Docker's "die" event cuts the poll
        // short and the next pass starts the container again, well before the 25 s poll would end.
        Thread.sleep(3000);
        DockerCli.run("stop", "-t", "1", "chatterie-" + app.id());
        long stoppedAt = System.nanoTime();
        await("container started again", () -> {
            try {
                return DockerCli.run("inspect", "--format", "{{.State.Running}}", "chatterie-" + app.id()).equals("true");
            } catch (Exception e) {
                return false;
            }
        });
        assertThat(Duration.ofNanos(System.nanoTime() - stoppedAt)).isLessThan(Duration.ofSeconds(12));
        awaitStatus(app.id(), InstanceStatus.RUNNING);

        var page = throughProxy(app.address());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Hello from " + app.id());
        assertThat(DockerCli.containers("org.chatterie.instance=" + app.id())).hasSize(1);
        assertThat(DockerCli.run("inspect", "--format",
                "{{.HostConfig.Privileged}} {{.HostConfig.CapDrop}} {{.HostConfig.ReadonlyRootfs}} {{.Config.User}}",
                "chatterie-" + app.id())).isEqualTo("false [ALL] true 1000:1000");

        instances.suspend(app.id(), new Actor(member, "127.0.0.1"), false);
        awaitStatus(app.id(), InstanceStatus.SUSPENDED);
        await("proxy says suspended", () -> {
            try {
                return throughProxy(app.address()).statusCode() == 503;
            } catch (Exception e) {
                return false;
            }
        });

        instances.resume(app.id(), new Actor(member, "127.0.0.1"), false);
        awaitStatus(app.id(), InstanceStatus.RUNNING);
        await("page back", () -> {
            try {
                return throughProxy(app.address()).body().contains("Hello from " + app.id());
            } catch (Exception e) {
                return false;
            }
        });

        instances.delete(app.id(), new Actor(member, "127.0.0.1"), false);
        await("instance purged", () -> {
            try {
                instances.find(app.id());
                return false;
            } catch (InvalidInputException gone) {
                return true;
            }
        });
        assertThat(DockerCli.containers("org.chatterie.instance=" + app.id())).isEmpty();
        assertThat(DockerCli.volumes("org.chatterie.instance=" + app.id())).isEmpty();
    }

    @Test
    void aMemberInstallsAnAppFromMyCloudAndSeesItBecomeReachable() throws Exception {
        String member = newMember();
        try (var browser = new org.chatterie.portal.Browser("http://localhost:" + port, "fr")) {
            browser.logIn(member, "a cloud of one's own");
            assertThat(browser.currentPath()).isEqualTo("/my-cloud");
            browser.waitForText("Test web app");
            browser.click("install-webapp");
            browser.waitForText("Installation lancée");
            // The page refreshes itself while the app is being created: no reload here.
            browser.waitForText("En service");
            assertThat(browser.text("status-webapp")).isEqualTo("En service");
            String address = browser.text("address-webapp");
            assertThat(address).startsWith("webapp-").endsWith(".cloud.test");
            browser.screenshot("04-my-cloud-app-running");
            assertThat(throughProxy(address).body()).contains("Hello from");

            for (String adminPage : new String[] {"/admin/instances", "/admin/nodes", "/admin/members", "/admin/audit"}) {
                browser.open(adminPage);
                assertThat(browser.pageText()).as(adminPage).doesNotContain(node.name()).doesNotContain("admin@chatterie.test");
            }
            browser.open("/my-cloud");
            browser.click("delete-webapp");
            browser.screenshot("05-delete-confirmation");
            browser.clickInOverlay("Supprimer");
            browser.waitForText("Aucune application installée");
        }
        assertThat(instances.instancesOf(member)).isEmpty();
    }

    @Test
    void anAdminSeesTheNodeOnlineAndEnrollsAnother() throws Exception {
        String member = newMember();
        try (var admin = new org.chatterie.portal.Browser("http://localhost:" + port, "en")) {
            admin.logIn("admin@chatterie.test", "correct horse battery staple");
            admin.open("/admin/nodes");
            admin.waitForText(node.name());
            assertThat(admin.text("nodes")).contains("Online");
            admin.click("enroll-node");
            admin.type("node-name", "second-node");
            admin.click("create-token");
            assertThat(admin.text("enroll-command")).startsWith("chatterie-agent enroll --portal ").contains("--token ");
            admin.screenshot("06-enroll-node");
            admin.click("close-enroll");

            admin.open("/admin/instances");
            admin.click("install-for-member");
            admin.type("install-member", "nobody@example.org");
            admin.chooseInSelect("install-app", "Test temporary files");
            admin.click("confirm-install");
            assertThat(admin.fieldError("install-member")).contains("no longer exists");
            admin.type("install-member", member);
            admin.click("confirm-install");
            admin.waitForText("tempfiles-");
            admin.screenshot("07-instances");
        }
        var installed = instances.instancesOf(member);
        assertThat(installed).extracting(InstanceRow::appId).containsExactly("tempfiles");
        awaitStatus(installed.get(0).id(), InstanceStatus.RUNNING);
        instances.delete(installed.get(0).id(), ADMIN, true);
    }

    @Test
    void aMemberCannotTouchSomeoneElsesApp() throws Exception {
        String owner = newMember();
        String other = newMember();
        InstanceRow app = instances.install(owner, "webapp", new Actor(owner, "127.0.0.1"), false);
        var stranger = new Actor(other, "127.0.0.1");
        assertThatThrownBy(() -> instances.suspend(app.id(), stranger, false)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> instances.delete(app.id(), stranger, false)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> instances.install(owner, "tempfiles", stranger, false))
                .isInstanceOf(org.chatterie.portal.system.ForbiddenException.class);
        assertThat(instances.instancesOf(other)).isEmpty();
        assertThat(instances.find(app.id()).desired()).isEqualTo(org.chatterie.portal.instances.Desired.RUNNING);

        // What the host suspended, the member cannot resume alone; what they suspended, they can.
        var ownerActor = new Actor(owner, "127.0.0.1");
        instances.suspend(app.id(), ADMIN, true);
        assertThat(instances.find(app.id()).suspendedByHost()).isTrue();
        assertThatThrownBy(() -> instances.resume(app.id(), ownerActor, false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).messageKey())
                        .isEqualTo("instances.error.suspended-by-host"));
        instances.resume(app.id(), ADMIN, true);
        instances.suspend(app.id(), ownerActor, false);
        instances.resume(app.id(), ownerActor, false);
        instances.delete(app.id(), ADMIN, true);
    }

    @Test
    void killedAgentsAndAnAbsentPortalStillConverge() throws Exception {
        String member = newMember();
        var actor = new Actor(member, "127.0.0.1");
        InstanceRow app = instances.install(member, "webapp", actor, false);
        // SIGKILL the agent at different moments of provisioning; each restart must converge.
        for (int delayMs : new int[] {300, 900, 1600}) {
            Thread.sleep(delayMs);
            agent.kill();
            agent.start();
        }
        awaitStatus(app.id(), InstanceStatus.RUNNING);
        assertThat(DockerCli.containers("org.chatterie.instance=" + app.id())).hasSize(1);
        assertThat(DockerCli.volumes("org.chatterie.instance=" + app.id())).hasSize(1);
        String volume = DockerCli.volumes("org.chatterie.instance=" + app.id()).get(0);

        // The portal goes away: the app keeps running, and a change made meanwhile lands on return.
        relay.cut();
        Thread.sleep(3000);
        assertThat(DockerCli.run("inspect", "--format", "{{.State.Running}}", "chatterie-" + app.id())).isEqualTo("true");
        instances.suspend(app.id(), actor, false);
        agent.kill();
        agent.start(); // restarted while the portal is away: works from its copy on disk
        Thread.sleep(3000);
        assertThat(DockerCli.run("inspect", "--format", "{{.State.Running}}", "chatterie-" + app.id())).isEqualTo("true");
        relay.open();
        awaitStatus(app.id(), InstanceStatus.SUSPENDED);

        // Deletion interrupted by a SIGKILL still ends with nothing left.
        instances.delete(app.id(), actor, false);
        Thread.sleep(1200);
        agent.kill();
        agent.start();
        await("deleted", () -> {
            try {
                return DockerCli.containers("org.chatterie.instance=" + app.id()).isEmpty()
                        && DockerCli.volumes("org.chatterie.instance=" + app.id()).isEmpty();
            } catch (Exception e) {
                return false;
            }
        });
        assertThat(DockerCli.volumes("name=" + volume)).isEmpty();
    }
}
