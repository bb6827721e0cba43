package org.chatterie.agent.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.chatterie.protocol.InstanceSpec;
import org.junit.jupiter.api.Test;

/** A manifest may get back a few capabilities after "drop all"; nothing else, whatever the portal sends. */
class CapabilityPolicyTest {

    private static InstanceSpec asking(List<String> capabilities) {
        return new InstanceSpec("i1", "app", "m@example.org", "chatterie/testing-webapp:1", Map.of(), List.of(),
                new InstanceSpec.Resources(64L << 20, 250_000_000L, 64, 1L << 30), 8080, "app-m.cloud.test", null,
                true, true, "hash", capabilities);
    }

    @Test
    void allowedCapabilitiesComeBackOnTheContainer() {
        assertThat(SpecPolicy.refusal(asking(List.of("CHOWN", "SETUID")))).isEmpty();
        var host = new ContainerTemplate("chatterie", ReconcilerSettings.defaults().fallbackResources(), java.time.Duration.ofSeconds(10))
                .hostConfig(asking(List.of("CHOWN")));
        assertThat(host.getCapDrop()).extracting(Enum::name).containsExactly("ALL");
        assertThat(host.getCapAdd()).extracting(Enum::name).containsExactly("CHOWN");
    }

    @Test
    void anythingElseIsRefusedInWords() {
        assertThat(SpecPolicy.refusal(asking(List.of("SYS_ADMIN"))))
                .get().asString().contains("SYS_ADMIN").contains("does not give");
    }
}
