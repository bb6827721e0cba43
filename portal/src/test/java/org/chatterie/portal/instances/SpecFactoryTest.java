package org.chatterie.portal.instances;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.chatterie.portal.catalog.ManifestLoader;
import org.chatterie.portal.plans.Plan;
import org.junit.jupiter.api.Test;

class SpecFactoryTest {

    private static final Plan FREE = new Plan(1, "free", "Free", 5 * Plan.GB, 1, true, 512L << 20, 1.0, 256, 3);

    private static org.chatterie.portal.catalog.AppManifest webapp() throws Exception {
        return new ManifestLoader().load(Path.of("../images/testing/webapp/app.yaml"));
    }

    @Test
    void healthchecksUseDockersExecForm() throws Exception {
        var spec = SpecFactory.create("abc", "m@example.org", "webapp-m.cloud.test", webapp(), FREE);
        assertThat(spec.health().test()).first().isEqualTo("CMD");
        assertThat(SpecFactory.dockerTest(java.util.List.of("CMD-SHELL", "true"))).containsExactly("CMD-SHELL", "true");
    }

    @Test
    void limitsAreTheLowerOfManifestAndPlan() throws Exception {
        var tight = new Plan(2, "tight", "Tight", 5 * Plan.GB, 1, true, 32L << 20, 0.1, 16, 3);
        var spec = SpecFactory.create("abc", "m@example.org", "a.b", webapp(), tight);
        assertThat(spec.resources().memoryBytes()).isEqualTo(32L << 20);
        assertThat(spec.resources().nanoCpus()).isEqualTo(100_000_000L);
        assertThat(spec.resources().pidsLimit()).isEqualTo(16);
        var roomy = SpecFactory.create("abc", "m@example.org", "a.b", webapp(), FREE);
        assertThat(roomy.resources().memoryBytes()).isEqualTo(64L << 20);
    }

    @Test
    void theHashFollowsTheSpecAndSecretsAreMadeOncePerInstance() throws Exception {
        var one = SpecFactory.create("abc", "m@example.org", "a.b", webapp(), FREE);
        var two = SpecFactory.create("abc", "m@example.org", "a.b", webapp(), FREE);
        assertThat(one.env().get("APP_SECRET")).isNotEqualTo(two.env().get("APP_SECRET")).hasSizeGreaterThan(30);
        assertThat(one.specHash()).isNotEqualTo(two.specHash());
        assertThat(SpecFactory.withHash(SpecFactory.fromJson(SpecFactory.toJson(one))).specHash()).isEqualTo(one.specHash());
        assertThat(one.withRunning(false, one.specHash()).running()).isFalse();
    }
}
