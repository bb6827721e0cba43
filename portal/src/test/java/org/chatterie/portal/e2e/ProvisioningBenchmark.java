package org.chatterie.portal.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.chatterie.portal.MailCatcher;
import org.chatterie.portal.PortalTest;
import org.chatterie.portal.audit.Actor;
import org.chatterie.portal.instances.InstanceService;
import org.chatterie.portal.instances.InstanceStatus;
import org.chatterie.portal.members.AccountRequestInput;
import org.chatterie.portal.members.MemberService;
import org.chatterie.portal.nodes.NodeService;
import org.chatterie.portal.plans.PlanService;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Benchmark, not a test: prints figures, asserts nothing about time. Not run by {@code verify};
 * run it with
 * <pre>./mvnw -pl protocol,agent install -DskipTests &amp;&amp; ./mvnw -pl portal verify -Dit.test=ProvisioningBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * 1. install → healthy through portal + agent (default agent settings), against a bare
 *    {@code docker run} of the same image with the same healthcheck, measured in the same run;
 * 2. the agent's resident memory while it manages 200 instances.
 */
@PortalTest
class ProvisioningBenchmark {

    static final Actor ADMIN = new Actor("admin@chatterie.test", "127.0.0.1");
    static final int ROUNDS = 5;
    static final int MANY = Integer.getInteger("bench.instances", 200);

    @LocalServerPort int port;
    @Autowired NodeService nodes;
    @Autowired InstanceService instances;
    @Autowired MemberService members;
    @Autowired PlanService plans;
    @Autowired com.icegreen.greenmail.util.GreenMail greenMail;
    @Autowired Jdbi jdbi;

    @Test
    void provisioningAndAgentMemory() throws Exception {
        DockerCli.buildTestImages();
        String name = "bench-" + UUID.randomUUID().toString().substring(0, 6);
        var token = nodes.createEnrollmentToken(name, ADMIN);
        Path state = Files.createTempDirectory("chatterie-bench-agent");
        int proxyPort;
        try (var probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            proxyPort = probe.getLocalPort();
        }
        var agent = new AgentProcess(state, "--chatterie.agent.proxy.listen-port=" + proxyPort);
        agent.enroll("http://127.0.0.1:" + port, token.token());
        agent.start();
        String nodeId = nodes.findAll().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow().id();
        try {
            waitUntil(() -> nodes.findById(nodeId).orElseThrow().memoryBytes() != null, Duration.ofSeconds(60));
            long plan = bigPlan();

            List<Long> bare = new ArrayList<>();
            List<Long> chatterie = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                bare.add(bareDockerRun());
                String member = member(plan);
                long start = System.nanoTime();
                var app = instances.install(member, "webapp", ADMIN, true);
                waitUntil(() -> instances.find(app.id()).status() == InstanceStatus.RUNNING, Duration.ofSeconds(60));
                chatterie.add((System.nanoTime() - start) / 1_000_000);
                instances.delete(app.id(), ADMIN, true);
            }
            long bareMedian = median(bare);
            long chatterieMedian = median(chatterie);
            System.out.printf("%nBENCH provisioning to healthy, median of %d: bare docker run %d ms, chatterie install %d ms,"
                    + " ratio %.2f (goal <= 1.5)%n  bare %s%n  chatterie %s%n", ROUNDS, bareMedian, chatterieMedian,
                    (double) chatterieMedian / bareMedian, bare, chatterie);

            long idleRss = rssKb(agent.pid());
            String owner = member(plan);
            long start = System.nanoTime();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < MANY; i++) {
                ids.add(installAnother(owner, i));
            }
            // Containers up is enough here: 200 healthchecks every 2 s saturate a 2-core machine on
            // their own, which says nothing about the agent.
            waitUntil(() -> ids.stream().allMatch(id -> "running".equals(instances.find(id).observedStatus())),
                    Duration.ofMinutes(15));
            long allRunningMs = (System.nanoTime() - start) / 1_000_000;
            Thread.sleep(10_000); // a few settled passes
            long manyRss = rssKb(agent.pid());
            System.out.printf("BENCH %d instances running after %d ms; agent RSS idle %d MB, with %d instances %d MB"
                    + " (goal <= 150 MB)%n%n", MANY, allRunningMs, idleRss / 1024, MANY, manyRss / 1024);
        } finally {
            agent.stop();
            DockerCli.removeNode(nodeId);
            new ProcessBuilder("/usr/sbin/nginx", "-s", "stop", "-p", state.resolve("proxy").toString(),
                    "-c", state.resolve("proxy/nginx.conf").toString()).start().waitFor();
        }
    }

    /** The same app installed many times for one member: distinct rows for the manifest "webapp". */
    private String installAnother(String owner, int i) {
        String id = "bench" + i + UUID.randomUUID().toString().substring(0, 4);
        // Bypass the one-instance-per-app rule by giving each copy its own app row in SQL is not
        // possible through the service, so install and then rename the app id of the row.
        var row = instances.install(owner, "webapp", ADMIN, true);
        jdbi.useHandle(h -> h.execute("update instances set app_id = ? where id = ?", "webapp-" + id, row.id()));
        return row.id();
    }

    private long bigPlan() {
        var plan = plans.save(0, "Bench " + UUID.randomUUID().toString().substring(0, 6), 100_000, false, ADMIN);
        jdbi.useHandle(h -> h.execute("update plans set max_instances = 1000, memory_limit_bytes = 67108864 where id = ?",
                plan.id()));
        return plan.id();
    }

    private String member(long planId) throws Exception {
        String email = "bench-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long free = plans.findOffered().get(0).id();
        members.submitRequest(new AccountRequestInput("Bench", email, free, "bench", true, "en"),
                new Actor("anonymous", "bench-" + UUID.randomUUID()));
        long request = members.pendingRequests().stream().filter(r -> r.email().equals(email)).findFirst().orElseThrow().id();
        members.approve(request, ADMIN);
        MailCatcher.await(greenMail, email, 1);
        long accountId = members.findByEmail(email).orElseThrow().id();
        members.changePlan(accountId, planId, ADMIN);
        return email;
    }

    private static long bareDockerRun() throws Exception {
        String name = "bench-bare-" + UUID.randomUUID().toString().substring(0, 8);
        long start = System.nanoTime();
        DockerCli.run("run", "-d", "--name", name, "--memory", "64m", "--health-cmd",
                "wget -q -O /dev/null http://127.0.0.1:8080/", "--health-interval", "2s", "--health-timeout", "2s",
                "--health-retries", "3", "--health-start-period", "1s", "chatterie/testing-webapp:1");
        while (!DockerCli.run("inspect", "--format", "{{.State.Health.Status}}", name).equals("healthy")) {
            Thread.sleep(50);
        }
        long took = (System.nanoTime() - start) / 1_000_000;
        DockerCli.run("rm", "-f", "-v", name);
        return took;
    }

    private static long rssKb(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    private static long median(List<Long> values) {
        var sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("benchmark step timed out after " + limit);
            }
            Thread.sleep(50);
        }
    }
}
