package org.chatterie.agent.docker;

import static org.chatterie.protocol.Protocol.LABEL_MANAGED;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.model.Network;
import java.util.Map;
import java.util.Optional;

/**
 * Ensures the user-defined bridge every instance joins. A user-defined bridge (not the default
 * one) gives each container a stable network of its own that the node's reverse proxy reaches by
 * container IP. Inter-container traffic is off: members' apps must not talk to each other, while
 * the host (where the proxy runs) still reaches every container. The network is shared by every
 * node id on this engine, so it carries no node label and is never removed by the agent.
 */
final class NetworkReconciler {

    private final DockerClient docker;
    private final String name;

    NetworkReconciler(DockerClient docker, String name) {
        this.docker = docker;
        this.name = name;
    }

    /** Creates the network when missing; an existing one (ours or the operator's) is used as it is. */
    void ensure(PassLog log) {
        if (fetch().isPresent()) {
            return;
        }
        try {
            docker.createNetworkCmd()
                    .withName(name)
                    .withDriver("bridge")
                    .withCheckDuplicate(true)
                    .withOptions(Map.of("com.docker.network.bridge.enable_icc", "false"))
                    .withLabels(Map.of(LABEL_MANAGED, ManagedLabels.TRUE))
                    .exec();
            log.record(null, PassLog.CREATED, "Created the " + name + " network for the instances.");
        } catch (ConflictException raced) {
            // Created by someone else between our list and our create: it exists, which is all we need.
        }
    }

    /** The network by exact name; the engine's name filter also matches prefixes. */
    Optional<Network> fetch() {
        return docker.listNetworksCmd().withNameFilter(name).exec().stream()
                .filter(network -> name.equals(network.getName()))
                .findFirst();
    }
}
