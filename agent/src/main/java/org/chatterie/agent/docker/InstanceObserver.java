package org.chatterie.agent.docker;

import static org.chatterie.protocol.Protocol.LABEL_SPEC_HASH;

import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerNetwork;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chatterie.protocol.InstanceSpec;
import org.chatterie.protocol.InstanceSpec.VolumeSpec;
import org.chatterie.protocol.NodeReport.ObservedInstance;
import org.chatterie.protocol.Protocol;

/**
 * Describes an instance as Docker shows it, from the container list alone: inspecting each
 * container would cost ~40 ms apiece, far too slow for a pass over hundreds of instances.
 */
final class InstanceObserver {

    static final String MISSING = "missing";

    private final String networkName;

    InstanceObserver(String networkName) {
        this.networkName = networkName;
    }

    /** {@code container} may be null (missing); {@code volumeBytes} is by Docker volume name. */
    ObservedInstance observe(InstanceSpec spec, Container container, Map<String, Long> volumeBytes, String error) {
        Map<String, Long> sizes = sizesByManifestName(spec, volumeBytes);
        if (container == null) {
            return new ObservedInstance(spec.instanceId(), null, MISSING, "none", null, sizes, null, error);
        }
        Map<String, String> labels = container.getLabels() == null ? Map.of() : container.getLabels();
        String health = health(container.getState(), container.getStatus());
        if ("none".equals(health) && "running".equals(container.getState()) && spec.health() != null) {
            // Just started: Docker's status line shows no health yet, but a check is coming.
            health = "starting";
        }
        return new ObservedInstance(spec.instanceId(), container.getId(), container.getState(),
                health, labels.get(LABEL_SPEC_HASH), sizes, address(container), error);
    }

    /**
     * Docker's list has no health field before API 1.52, but its human status ends with it:
     * "Up 3 minutes (healthy)", "Up 2 seconds (health: starting)", "Up 1 hour (unhealthy)".
     */
    static String health(String state, String status) {
        if (status == null || !"running".equals(state)) {
            return "none";
        }
        if (status.contains("(healthy)")) {
            return "healthy";
        }
        if (status.contains("(unhealthy)")) {
            return "unhealthy";
        }
        if (status.contains("(health: starting)")) {
            return "starting";
        }
        return "none";
    }

    /** The container's IP on our bridge: where the node's reverse proxy sends the instance's traffic. */
    private String address(Container container) {
        if (container.getNetworkSettings() == null || container.getNetworkSettings().getNetworks() == null) {
            return null;
        }
        ContainerNetwork network = container.getNetworkSettings().getNetworks().get(networkName);
        if (network == null || network.getIpAddress() == null || network.getIpAddress().isBlank()) {
            return null;
        }
        return network.getIpAddress();
    }

    /** Reported under the manifest's volume names ("data"), which is what the portal knows. */
    private static Map<String, Long> sizesByManifestName(InstanceSpec spec, Map<String, Long> volumeBytes) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (VolumeSpec volume : spec.volumes()) {
            Long bytes = volumeBytes.get(Protocol.volumeName(spec.instanceId(), volume.name()));
            if (bytes != null) {
                sizes.put(volume.name(), bytes);
            }
        }
        return sizes;
    }
}
