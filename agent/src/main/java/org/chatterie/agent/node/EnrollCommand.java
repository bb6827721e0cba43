package org.chatterie.agent.node;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import org.chatterie.protocol.EnrollRequest;
import org.chatterie.protocol.EnrollResponse;

/**
 * {@code agent.jar enroll --portal URL --token T}: makes the node's key pair, sends the
 * public half with the one-time token, stores the node id and the private key (0600). The
 * private key never leaves the node.
 */
public final class EnrollCommand {

    private final PortalClient portal;
    private final Path stateDir;
    private final String agentVersion;

    public EnrollCommand(PortalClient portal, Path stateDir, String agentVersion) {
        this.portal = portal;
        this.stateDir = stateDir;
        this.agentVersion = agentVersion;
    }

    public NodeIdentity enroll(String portalUrl, String token) throws PortalClient.PortalException, IOException {
        if (NodeIdentity.load(stateDir).isPresent()) {
            throw new IllegalStateException("This node is already enrolled (" + stateDir.resolve("node.json")
                    + "). To enroll it again, stop the agent and remove that directory first.");
        }
        var key = NodeIdentity.newKey();
        EnrollResponse response = portal.enroll(portalUrl,
                new EnrollRequest(token, key.toPublicJWK().toJSONObject(), hostname(), agentVersion));
        var identity = new NodeIdentity(response.nodeId(), portalUrl, key);
        identity.save(stateDir);
        return identity;
    }

    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
