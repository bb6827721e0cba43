package org.chatterie.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.chatterie.portal.PortalTest;
import org.chatterie.portal.audit.Actor;
import org.chatterie.portal.instances.InstanceRow;
import org.chatterie.portal.instances.InstanceStatus;
import org.chatterie.portal.system.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * The whole chain on real things (see {@link RealNodeSupport}): a member's app is installed,
 * reached through the proxy, suspended, resumed, survives agent SIGKILLs and a portal outage,
 * and is deleted with its data; members cannot touch each other's apps.
 */
@PortalTest
class NodeAgentIT extends RealNodeSupport {

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
