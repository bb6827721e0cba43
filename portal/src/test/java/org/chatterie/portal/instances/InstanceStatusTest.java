package org.chatterie.portal.instances;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one word people see, from what was asked and what the node saw. */
class InstanceStatusTest {

    @Test
    void followsAnInstallToRunning() {
        assertThat(InstanceStatus.of(Desired.RUNNING, null, null, null, false)).isEqualTo(InstanceStatus.PENDING);
        assertThat(InstanceStatus.of(Desired.RUNNING, "missing", "none", null, false)).isEqualTo(InstanceStatus.CREATING);
        assertThat(InstanceStatus.of(Desired.RUNNING, "running", "starting", null, true)).isEqualTo(InstanceStatus.STARTING);
        assertThat(InstanceStatus.of(Desired.RUNNING, "running", "healthy", null, true)).isEqualTo(InstanceStatus.RUNNING);
        assertThat(InstanceStatus.of(Desired.RUNNING, "running", "unhealthy", null, true)).isEqualTo(InstanceStatus.UNHEALTHY);
        assertThat(InstanceStatus.of(Desired.RUNNING, "running", "healthy", null, false)).isEqualTo(InstanceStatus.CREATING);
    }

    @Test
    void aCrashLoopIsAnErrorNotRunning() {
        assertThat(InstanceStatus.of(Desired.RUNNING, "restarting", "none", null, true)).isEqualTo(InstanceStatus.ERROR);
        assertThat(InstanceStatus.of(Desired.RUNNING, "exited", "none", null, true)).isEqualTo(InstanceStatus.ERROR);
        assertThat(InstanceStatus.of(Desired.RUNNING, "running", "healthy", "image missing", true))
                .isEqualTo(InstanceStatus.ERROR);
    }

    @Test
    void suspendingAndDeleting() {
        assertThat(InstanceStatus.of(Desired.SUSPENDED, "running", "healthy", null, true)).isEqualTo(InstanceStatus.SUSPENDING);
        assertThat(InstanceStatus.of(Desired.SUSPENDED, "restarting", "none", null, true)).isEqualTo(InstanceStatus.SUSPENDING);
        assertThat(InstanceStatus.of(Desired.SUSPENDED, "exited", "none", null, true)).isEqualTo(InstanceStatus.SUSPENDED);
        assertThat(InstanceStatus.of(Desired.DELETED, "running", "healthy", null, true)).isEqualTo(InstanceStatus.DELETING);
        assertThat(InstanceStatus.SUSPENDING.inProgress()).isTrue();
        assertThat(InstanceStatus.RUNNING.inProgress()).isFalse();
    }
}
