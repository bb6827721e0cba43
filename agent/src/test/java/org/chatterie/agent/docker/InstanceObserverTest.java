package org.chatterie.agent.docker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InstanceObserverTest {

    @Test
    void readsHealthFromDockersStatusLine() {
        assertThat(InstanceObserver.health("running", "Up 3 minutes (healthy)")).isEqualTo("healthy");
        assertThat(InstanceObserver.health("running", "Up 2 seconds (health: starting)")).isEqualTo("starting");
        assertThat(InstanceObserver.health("running", "Up 1 hour (unhealthy)")).isEqualTo("unhealthy");
        assertThat(InstanceObserver.health("running", "Up 1 hour")).isEqualTo("none");
        assertThat(InstanceObserver.health("exited", "Exited (0) 3 seconds ago")).isEqualTo("none");
    }
}
