package org.chatterie.agent.docker;

import static org.chatterie.agent.docker.DockerCalls.attempt;
import static org.chatterie.protocol.Protocol.LABEL_INSTANCE;
import static org.chatterie.protocol.Protocol.LABEL_NODE;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.api.model.Container;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.chatterie.protocol.InstanceSpec;
import org.chatterie.protocol.Protocol;

/**
 * One container per instance, under a fixed name. The fixed name is what makes a crash harmless:
 * whatever step was interrupted, the next pass finds the container by label (or by a name
 * conflict) and finishes the job instead of creating a second one. A container built from
 * another spec is stopped and replaced; its named volumes stay.
 */
final class ContainerReconciler {

    private final DockerClient docker;
    private final ContainerTemplate template;
    private final int stopSeconds;
    private final String networkName;

    ContainerReconciler(DockerClient docker, ContainerTemplate template, Duration stopTimeout, String networkName) {
        this.docker = docker;
        this.template = template;
        this.stopSeconds = (int) stopTimeout.toSeconds();
        this.networkName = networkName;
    }

    /** This node's managed containers in every state (a created-but-never-started one included). */
    List<Container> fetch(String nodeId) {
        return docker.listContainersCmd().withShowAll(true).withLabelFilter(ManagedLabels.ownedBy(nodeId)).exec();
    }

    /** Brings the instance's container to its spec. {@code mine}: this node's containers labelled with the instance. */
    void ensure(String nodeId, InstanceSpec spec, List<Container> mine, PassLog log) {
        String name = Protocol.containerName(spec.instanceId());
        Container current = null;
        for (Container container : mine) {
            if (current == null && hasName(container, name)) {
                current = container;
            } else {
                // Same instance label under another name (renamed by hand, or a copy): two copies of
                // an app on the same volumes would corrupt them, so the extra one goes now.
                String duplicate = displayName(container);
                remove(container.getId(), duplicate);
                log.record(spec.instanceId(), PassLog.REMOVED, "Removed duplicate container " + duplicate + ".");
            }
        }
        if (current == null) {
            createAndConverge(nodeId, spec, log);
        } else if (ContainerTemplate.isOutdated(current.getLabels(), spec) || "dead".equals(current.getState())) {
            replace(nodeId, Found.of(current), spec, log);
        } else {
            connectIfDetached(current, spec.instanceId(), log);
            converge(Found.of(current), spec, log);
        }
    }

    /** Stops (gracefully) and removes a container, keeping its named volumes. */
    void remove(String containerId, String name) {
        stop(containerId, name);
        removeNow(containerId, name);
    }

    /** Removes without waiting for a clean stop: for deleted instances, whose data goes too. */
    void kill(String containerId, String name) {
        removeNow(containerId, name);
    }

    private void replace(String nodeId, Found old, InstanceSpec spec, PassLog log) {
        // Check the new image first: if it is missing, keep the old container running rather than
        // leave the member with nothing.
        requireImage(spec.image());
        String name = Protocol.containerName(spec.instanceId());
        stop(old.id(), name);
        removeNow(old.id(), name);
        Found created;
        try {
            created = createOnce(nodeId, spec);
        } catch (NameTaken raced) {
            throw new ReconcileFailure("Container " + name
                    + " reappeared while it was being replaced; the next pass will finish the job.");
        }
        log.record(spec.instanceId(), PassLog.RECREATED,
                "Recreated container " + name + " from spec " + spec.specHash() + "; its volumes were kept.");
        converge(created, spec, log);
    }

    private void createAndConverge(String nodeId, InstanceSpec spec, PassLog log) {
        requireImage(spec.image());
        String name = Protocol.containerName(spec.instanceId());
        Found container;
        try {
            container = createOnce(nodeId, spec);
            log.record(spec.instanceId(), PassLog.CREATED, "Created container " + name + ".");
        } catch (NameTaken taken) {
            // Our listing did not show a container holding the name (another node id's, or made
            // by hand): adopt it if it is this instance's, else refuse.
            container = inspectOwn(name, spec.instanceId());
            // Another node id's container (the node was enrolled again) is rebuilt with our labels,
            // otherwise our label-filtered listing would never see it and every pass would collide.
            if (ContainerTemplate.isOutdated(container.labels(), spec)
                    || !nodeId.equals(container.labels().get(LABEL_NODE))) {
                replace(nodeId, container, spec, log);
                return;
            }
        }
        converge(container, spec, log);
    }

    private Found inspectOwn(String name, String instanceId) {
        InspectContainerResponse existing = attempt("inspect container " + name, () -> docker.inspectContainerCmd(name).exec());
        Map<String, String> labels = existing.getConfig().getLabels();
        if (!ManagedLabels.isManaged(labels) || !instanceId.equals(labels.get(LABEL_INSTANCE))) {
            throw new ReconcileFailure("A container named " + name + " already exists and is not managed by Chatterie;"
                    + " the agent leaves it alone. Rename or remove it so the instance can be created.");
        }
        return new Found(existing.getId(), existing.getState().getStatus(), labels);
    }

    private Found createOnce(String nodeId, InstanceSpec spec) {
        String id = attempt("create container " + Protocol.containerName(spec.instanceId()), () -> {
            try {
                return template.createCommand(docker, nodeId, spec).exec().getId();
            } catch (ConflictException conflict) {
                throw new NameTaken();
            }
        });
        return new Found(id, "created", ContainerTemplate.labels(nodeId, spec));
    }

    /** Starts or stops to match {@code spec.running()}; a suspended instance keeps its container. */
    private void converge(Found container, InstanceSpec spec, PassLog log) {
        String name = Protocol.containerName(spec.instanceId());
        String state = container.state();
        if (spec.running()) {
            if ("paused".equals(state)) {
                attempt("unpause container " + name, () -> docker.unpauseContainerCmd(container.id()).exec());
                log.record(spec.instanceId(), PassLog.STARTED, "Unpaused container " + name + ".");
            } else if ("created".equals(state) || "exited".equals(state)) {
                start(container.id(), name);
                log.record(spec.instanceId(), PassLog.STARTED, "Started container " + name + ".");
            }
        } else if ("running".equals(state) || "restarting".equals(state) || "paused".equals(state)) {
            if ("paused".equals(state)) {
                attempt("unpause container " + name, () -> docker.unpauseContainerCmd(container.id()).exec());
            }
            stop(container.id(), name);
            log.record(spec.instanceId(), PassLog.STOPPED, "Stopped container " + name + ": the instance is suspended.");
        }
    }

    private void start(String containerId, String name) {
        attempt("start container " + name, () -> {
            try {
                docker.startContainerCmd(containerId).exec();
            } catch (NotModifiedException alreadyRunning) {
                // Started since we looked: fine.
            }
        });
    }

    private void stop(String containerId, String name) {
        attempt("stop container " + name, () -> {
            try {
                docker.stopContainerCmd(containerId).withTimeout(stopSeconds).exec();
            } catch (NotModifiedException | NotFoundException alreadyStopped) {
                // Stopped or gone since we looked: fine.
            }
        });
    }

    private void removeNow(String containerId, String name) {
        attempt("remove container " + name, () -> {
            try {
                // removeVolumes only removes anonymous volumes (from an image's VOLUME lines);
                // named volumes, where members' data lives, are never removed with a container.
                docker.removeContainerCmd(containerId).withForce(true).withRemoveVolumes(true).exec();
            } catch (NotFoundException alreadyGone) {
                // Removed since we looked: fine.
            }
        });
    }

    private void connectIfDetached(Container container, String instanceId, PassLog log) {
        var settings = container.getNetworkSettings();
        if (settings == null || settings.getNetworks() == null || settings.getNetworks().containsKey(networkName)) {
            return;
        }
        String name = Protocol.containerName(instanceId);
        attempt("connect container " + name + " to the " + networkName + " network", () -> docker.connectToNetworkCmd()
                .withNetworkId(networkName).withContainerId(container.getId()).exec());
        log.record(instanceId, PassLog.UPDATED, "Reconnected container " + name + " to the " + networkName + " network.");
    }

    private void requireImage(String image) {
        try {
            docker.inspectImageCmd(image).exec();
        } catch (NotFoundException missing) {
            throw new ReconcileFailure("The image " + image + " is not present on this node; the agent never pulls"
                    + " images, so an operator must load it (docker pull or docker load).");
        } catch (RuntimeException e) {
            throw new ReconcileFailure(DockerErrors.sentence("look for image " + image, e));
        }
    }

    private static boolean hasName(Container container, String name) {
        return container.getNames() != null && Arrays.asList(container.getNames()).contains("/" + name);
    }

    /** The container's name without Docker's leading slash, or its id. */
    static String displayName(Container container) {
        String[] names = container.getNames();
        return names == null || names.length == 0 ? container.getId() : names[0].substring(1);
    }

    /** A container's id, state and labels as last seen. */
    private record Found(String id, String state, Map<String, String> labels) {
        static Found of(Container container) {
            return new Found(container.getId(), container.getState(), container.getLabels());
        }
    }

    /** The fixed name is taken by a container our listing did not show (another node id's, a stranger's, a race). */
    private static final class NameTaken extends ReconcileFailure {
        NameTaken() {
            super("name taken");
        }
    }
}
