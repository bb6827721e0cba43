package org.chatterie.agent.docker;

import static org.chatterie.protocol.Protocol.LABEL_BACKUP;
import static org.chatterie.protocol.Protocol.LABEL_INSTANCE;
import static org.chatterie.protocol.Protocol.LABEL_MANAGED;
import static org.chatterie.protocol.Protocol.LABEL_NODE;
import static org.chatterie.protocol.Protocol.LABEL_VOLUME;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateVolumeResponse;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.chatterie.protocol.InstanceSpec;
import org.chatterie.protocol.InstanceSpec.VolumeSpec;
import org.chatterie.protocol.Protocol;

/**
 * The named volumes holding members' data. They are created before the container (Docker would
 * otherwise create them itself, unlabelled), never changed, kept across spec changes,
 * suspensions and orphan collection, and removed only for a tombstoned instance.
 */
final class VolumeReconciler {

    private final DockerClient docker;

    VolumeReconciler(DockerClient docker) {
        this.docker = docker;
    }

    /** This node's managed volumes by name. */
    Map<String, InspectVolumeResponse> fetch(String nodeId) {
        List<InspectVolumeResponse> volumes = docker.listVolumesCmd()
                .withFilter("label", ManagedLabels.ownedByFilter(nodeId))
                .exec().getVolumes();
        var byName = new LinkedHashMap<String, InspectVolumeResponse>();
        if (volumes != null) {
            volumes.forEach(volume -> byName.put(volume.getName(), volume));
        }
        return byName;
    }

    /** Creates the instance's missing volumes. Throws {@link ReconcileFailure} if a name is taken by a stranger. */
    void ensure(String nodeId, InstanceSpec spec, Map<String, InspectVolumeResponse> existing, PassLog log) {
        for (VolumeSpec volume : spec.volumes()) {
            String name = Protocol.volumeName(spec.instanceId(), volume.name());
            if (!existing.containsKey(name)) {
                create(nodeId, spec.instanceId(), volume, name, log);
            }
        }
    }

    private void create(String nodeId, String instanceId, VolumeSpec volume, String name, PassLog log) {
        // Creating an existing name returns the existing volume unchanged, labels included: that
        // is how we notice a volume we do not own (restored by hand, or another node's) and refuse it.
        CreateVolumeResponse created = docker.createVolumeCmd()
                .withName(name)
                .withLabels(labels(nodeId, instanceId, volume))
                .exec();
        Map<String, String> labels = created.getLabels();
        if (!ManagedLabels.isManaged(labels) || !instanceId.equals(labels.get(LABEL_INSTANCE))) {
            throw new ReconcileFailure("A volume named " + name + " already exists but does not belong to Chatterie;"
                    + " the agent will not mount it. Remove or rename it, or label it for this instance.");
        }
        if (Objects.equals(labels.get(LABEL_NODE), nodeId)) {
            log.record(instanceId, PassLog.CREATED, "Created volume " + name + ".");
        }
    }

    static Map<String, String> labels(String nodeId, String instanceId, VolumeSpec volume) {
        return Map.of(
                LABEL_MANAGED, ManagedLabels.TRUE,
                LABEL_INSTANCE, instanceId,
                LABEL_NODE, nodeId,
                LABEL_VOLUME, volume.name(),
                LABEL_BACKUP, volume.backup() == null ? "daily" : volume.backup());
    }

    /** Removes a tombstoned instance's volumes; its container must be gone already. */
    void delete(String instanceId, Map<String, InspectVolumeResponse> existing, PassLog log) {
        for (InspectVolumeResponse volume : existing.values()) {
            if (!instanceId.equals(volume.getLabels().get(LABEL_INSTANCE))) {
                continue;
            }
            try {
                docker.removeVolumeCmd(volume.getName()).exec();
                log.record(instanceId, PassLog.REMOVED, "Removed volume " + volume.getName() + " of a deleted instance.");
            } catch (NotFoundException alreadyGone) {
                // Removed since we listed: the goal is reached.
            }
        }
    }
}
