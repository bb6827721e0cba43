package org.chatterie.agent.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.chatterie.protocol.InstanceSpec;
import org.chatterie.protocol.InstanceSpec.VolumeSpec;
import org.junit.jupiter.api.Test;

class SpecPolicyTest {

    @Test
    void acceptsAnOrdinarySpec() {
        assertThat(SpecPolicy.refusal(spec("a1", new VolumeSpec("data", "/data", "daily")))).isEmpty();
    }

    @Test
    void refusesAnyMentionOfTheDockerSocket() {
        assertThat(SpecPolicy.refusal(spec("a1", new VolumeSpec("sock", "/var/run/docker.sock", "none"))))
                .hasValueSatisfying(reason -> assertThat(reason).contains("Docker socket").contains("refused"));
        assertThat(SpecPolicy.refusal(spec("a1", new VolumeSpec("Docker.Sock", "/data", "none")))).isPresent();
    }

    @Test
    void refusesPathsAndNamesDockerWouldChokeOn() {
        assertThat(SpecPolicy.refusal(spec("a1", new VolumeSpec("data", "data", "daily")))).isPresent();
        assertThat(SpecPolicy.refusal(spec("a1", new VolumeSpec("data", "/", "daily")))).isPresent();
        assertThat(SpecPolicy.refusal(spec("a1", new VolumeSpec("da ta", "/data", "daily")))).isPresent();
        assertThat(SpecPolicy.refusal(spec("a1", new VolumeSpec("data", "/d", "daily"), new VolumeSpec("data", "/e", "daily"))))
                .isPresent();
        assertThat(SpecPolicy.refusal(spec("../etc"))).hasValueSatisfying(reason -> assertThat(reason).contains("cannot name a container"));
    }

    private static InstanceSpec spec(String id, VolumeSpec... volumes) {
        return new InstanceSpec(id, "app", "alice", "chatterie/testing-webapp:1", Map.of(), List.of(volumes), null, 8080,
                null, null, false, true, "h1", java.util.List.of());
    }
}
