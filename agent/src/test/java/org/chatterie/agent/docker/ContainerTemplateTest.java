package org.chatterie.agent.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.MountType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chatterie.protocol.InstanceSpec;
import org.chatterie.protocol.InstanceSpec.HealthSpec;
import org.chatterie.protocol.InstanceSpec.Resources;
import org.chatterie.protocol.InstanceSpec.VolumeSpec;
import org.chatterie.protocol.Protocol;
import org.junit.jupiter.api.Test;

class ContainerTemplateTest {

    private final ContainerTemplate template = new ContainerTemplate("chatterie",
            new Resources(256L << 20, 500_000_000L, 100, 0), Duration.ofSeconds(10));

    @Test
    void hardensEveryContainer() {
        var host = template.hostConfig(spec(new Resources(64L << 20, 250_000_000L, 50, 0), true));
        assertThat(host.getPrivileged()).isFalse();
        assertThat(host.getCapDrop()).containsExactly(Capability.ALL);
        assertThat(host.getSecurityOpts()).containsExactly("no-new-privileges");
        assertThat(host.getMemory()).isEqualTo(64L << 20);
        assertThat(host.getNanoCPUs()).isEqualTo(250_000_000L);
        assertThat(host.getPidsLimit()).isEqualTo(50);
        assertThat(host.getReadonlyRootfs()).isTrue();
        assertThat(host.getTmpFs()).containsKey("/tmp");
        assertThat(host.getRestartPolicy().getName()).isEqualTo("unless-stopped");
        assertThat(host.getNetworkMode()).isEqualTo("chatterie");
        assertThat(host.getBinds()).isNullOrEmpty();
        assertThat(host.getMounts()).singleElement().satisfies(mount -> {
            assertThat(mount.getType()).isEqualTo(MountType.VOLUME);
            assertThat(mount.getSource()).isEqualTo(Protocol.volumeName("a1", "data"));
            assertThat(mount.getTarget()).isEqualTo("/data");
        });
    }

    @Test
    void fillsMissingLimitsFromTheNodesFallbackNeverUnlimited() {
        var unlimited = template.hostConfig(spec(null, false));
        assertThat(unlimited.getMemory()).isEqualTo(256L << 20);
        assertThat(unlimited.getPidsLimit()).isEqualTo(100);
        assertThat(unlimited.getTmpFs()).isNull();
        var partly = template.hostConfig(spec(new Resources(0, 2_000_000_000L, 0, 0), false));
        assertThat(partly.getMemory()).isEqualTo(256L << 20);
        assertThat(partly.getNanoCPUs()).isEqualTo(2_000_000_000L);
    }

    @Test
    void givesDockerHealthcheckDurationsInNanoseconds() {
        var check = ContainerTemplate.healthCheck(new HealthSpec(List.of("CMD", "true"), 2, 3, 4, 5));
        assertThat(check.getInterval()).isEqualTo(2_000_000_000L);
        assertThat(check.getTimeout()).isEqualTo(3_000_000_000L);
        assertThat(check.getRetries()).isEqualTo(4);
        assertThat(check.getStartPeriod()).isEqualTo(5_000_000_000L);
        assertThat(check.getTest()).containsExactly("CMD", "true");
    }

    @Test
    void setsTheInstanceInTheEnvironmentWhateverTheSpecSays() {
        var spec = new InstanceSpec("a1", "app", "alice", "img", Map.of("B", "2", "CHATTERIE_INSTANCE", "forged", "A", "1"),
                List.of(), null, 8080, null, null, false, true, "h1", java.util.List.of());
        assertThat(ContainerTemplate.env(spec)).containsExactly("A=1", "B=2", "CHATTERIE_INSTANCE=a1");
    }

    @Test
    void recreatesOnAnotherSpecHashOrTemplate() {
        var spec = spec(null, false);
        var labels = ContainerTemplate.labels("node-1", spec);
        assertThat(ContainerTemplate.isOutdated(labels, spec)).isFalse();
        assertThat(labels).containsEntry(Protocol.LABEL_MANAGED, "true").containsEntry(Protocol.LABEL_NODE, "node-1");
        var oldHash = new HashMap<>(labels);
        oldHash.put(Protocol.LABEL_SPEC_HASH, "h0");
        assertThat(ContainerTemplate.isOutdated(oldHash, spec)).isTrue();
        var oldTemplate = new HashMap<>(labels);
        oldTemplate.remove(ContainerTemplate.LABEL_TEMPLATE);
        assertThat(ContainerTemplate.isOutdated(oldTemplate, spec)).isTrue();
    }

    @Test
    void keepsHostnamesTheKernelAccepts() {
        assertThat(ContainerTemplate.hostname("alice.cloud.example.org")).isEqualTo("alice.cloud.example.org");
        assertThat(ContainerTemplate.hostname("a".repeat(40) + "." + "b".repeat(40))).isEqualTo("a".repeat(40));
        assertThat(ContainerTemplate.hostname(null)).isNull();
    }

    private static InstanceSpec spec(Resources resources, boolean readOnly) {
        return new InstanceSpec("a1", "app", "alice", "chatterie/testing-webapp:1", Map.of(),
                List.of(new VolumeSpec("data", "/data", "daily")), resources, 8080, "a1.example.org", null, readOnly, true, "h1", java.util.List.of());
    }
}
