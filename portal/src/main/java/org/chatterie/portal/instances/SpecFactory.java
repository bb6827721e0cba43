package org.chatterie.portal.instances;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.List;
import org.chatterie.portal.catalog.AppManifest;
import org.chatterie.portal.plans.Plan;
import org.chatterie.portal.system.Tokens;
import org.chatterie.protocol.InstanceSpec;

/**
 * Turns an app manifest and a member's plan into the spec a node runs. Limits are the lower of
 * what the manifest asks and what the plan allows; generated secrets are made once, here. The
 * spec hash covers every field that needs a new container when it changes.
 */
final class SpecFactory {

    /** Sorted keys: the same spec always gives the same bytes, so the same hash. */
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private SpecFactory() {}

    static InstanceSpec create(String instanceId, String owner, String address, AppManifest app, Plan plan) {
        var env = new LinkedHashMap<String, String>();
        for (AppManifest.EnvVar variable : app.env()) {
            env.put(variable.name(), variable.generatedSecret() ? Tokens.newToken() : variable.value());
        }
        List<InstanceSpec.VolumeSpec> volumes = app.volumes().stream()
                .map(v -> new InstanceSpec.VolumeSpec(v.name(), v.path(), v.backup()))
                .toList();
        var resources = new InstanceSpec.Resources(
                Math.min(app.resources().memoryBytes(), plan.memoryLimitBytes()),
                Math.round(Math.min(app.resources().cpus(), plan.cpuLimit()) * 1_000_000_000L),
                Math.min(app.resources().pids(), plan.pidsLimit()),
                Math.min(app.resources().diskBytes(), plan.quotaBytes()));
        var check = app.healthcheck();
        var health = check == null ? null : new InstanceSpec.HealthSpec(dockerTest(check.command()),
                check.intervalSeconds(), check.timeoutSeconds(), check.retries(), check.startPeriodSeconds());
        boolean readOnly = app.permissions() != null && app.permissions().readOnlyRootFilesystem();
        List<String> capabilities = app.permissions() == null || app.permissions().capabilities() == null
                ? List.of() : List.copyOf(app.permissions().capabilities());
        var spec = new InstanceSpec(instanceId, app.id(), owner, app.image(), env, volumes, resources,
                app.httpPort(), address, health, readOnly, true, "", capabilities);
        return withHash(spec);
    }

    /** Docker runs a healthcheck only when its test starts with CMD (exec form) or CMD-SHELL. */
    static List<String> dockerTest(List<String> command) {
        if (!command.isEmpty() && (command.get(0).equals("CMD") || command.get(0).equals("CMD-SHELL"))) {
            return command;
        }
        var test = new java.util.ArrayList<String>(command.size() + 1);
        test.add("CMD");
        test.addAll(command);
        return test;
    }

    static InstanceSpec withHash(InstanceSpec spec) {
        String hash = Tokens.sha256(toJson(spec.withRunning(true, ""))).substring(0, 16);
        return spec.withRunning(true, hash);
    }

    static String toJson(InstanceSpec spec) {
        try {
            return CANONICAL.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An instance spec is always serialisable", e);
        }
    }

    static InstanceSpec fromJson(String json) {
        try {
            return CANONICAL.readValue(json, InstanceSpec.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored instance spec is unreadable", e);
        }
    }
}
