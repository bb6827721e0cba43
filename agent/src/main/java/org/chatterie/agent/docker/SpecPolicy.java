package org.chatterie.agent.docker;

import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.chatterie.protocol.InstanceSpec;
import org.chatterie.protocol.InstanceSpec.VolumeSpec;

/**
 * What a spec may ask of this node, checked before anything is written. Mounts are only our own
 * named volumes, so a spec cannot bind the host's Docker socket anyway; refusing any mention of
 * {@code docker.sock} is belt and braces against a future change that adds bind mounts. Names are
 * checked here so that Docker's own refusals (less readable) never happen halfway through a pass.
 */
final class SpecPolicy {

    /** What Docker accepts in container and volume names. */
    private static final Pattern DOCKER_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");

    /** What an app may get back after all capabilities are dropped; the same list as the manifest schema. */
    static final java.util.SortedSet<String> ALLOWED_CAPABILITIES = new java.util.TreeSet<>(
            List.of("CHOWN", "DAC_OVERRIDE", "NET_BIND_SERVICE", "SETGID", "SETUID"));

    private SpecPolicy() {}

    /** Why this spec is refused, as a sentence; empty when it may be applied. */
    static Optional<String> refusal(InstanceSpec spec) {
        String id = spec.instanceId();
        if (id == null || !DOCKER_NAME.matcher(id).matches() || id.length() > 64) {
            return Optional.of("The instance id \"" + id
                    + "\" cannot name a container: use letters, digits, '.', '_' or '-'.");
        }
        if (spec.image() == null || spec.image().isBlank()) {
            return Optional.of("Instance " + id + " names no image to run.");
        }
        if (spec.specHash() == null || spec.specHash().isBlank()) {
            return Optional.of("Instance " + id
                    + " came without a spec hash, so the agent cannot tell when to recreate it.");
        }
        for (String capability : spec.capabilities()) {
            if (!ALLOWED_CAPABILITIES.contains(capability)) {
                return Optional.of("Instance " + id + " asks for the capability " + capability
                        + ", which this node's policy does not give (allowed: " + String.join(", ", ALLOWED_CAPABILITIES) + ").");
            }
        }
        Set<String> names = new HashSet<>();
        Set<String> paths = new HashSet<>();
        for (VolumeSpec volume : spec.volumes()) {
            Optional<String> refused = refusal(id, volume);
            if (refused.isPresent()) {
                return refused;
            }
            if (!names.add(volume.name()) || !paths.add(volume.mountPath())) {
                return Optional.of("Instance " + id + " lists volume \"" + volume.name() + "\" or its path \""
                        + volume.mountPath() + "\" twice.");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> refusal(String id, VolumeSpec volume) {
        String name = volume.name();
        String path = volume.mountPath();
        if (mentionsDockerSocket(name) || mentionsDockerSocket(path)) {
            return Optional.of("Instance " + id
                    + " asks to mount the Docker socket, which would give it the whole node; refused.");
        }
        if (name == null || !DOCKER_NAME.matcher(name).matches()) {
            return Optional.of("Instance " + id + " has a volume named \"" + name
                    + "\"; use letters, digits, '.', '_' or '-'.");
        }
        if (path == null || !path.startsWith("/") || path.equals("/") || path.contains("..")) {
            return Optional.of("Instance " + id + " wants volume \"" + name + "\" at \"" + path
                    + "\"; a mount path must be an absolute directory other than /.");
        }
        return Optional.empty();
    }

    private static boolean mentionsDockerSocket(String text) {
        return text != null && text.toLowerCase(Locale.ROOT).contains("docker.sock");
    }
}
