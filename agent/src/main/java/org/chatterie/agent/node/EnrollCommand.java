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

    private final boolean allowInsecure;

    public EnrollCommand(PortalClient portal, Path stateDir, String agentVersion, boolean allowInsecure) {
        this.portal = portal;
        this.stateDir = stateDir;
        this.agentVersion = agentVersion;
        this.allowInsecure = allowInsecure;
    }

    /**
     * The token, and later every JWT and desired state (which holds apps' secrets), travel to
     * this address: plain HTTP is refused unless it stays on this machine or the operator insists.
     */
    static void requireSafePortal(String portalUrl, boolean allowInsecure) {
        java.net.URI uri;
        try {
            uri = java.net.URI.create(portalUrl);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The portal address " + portalUrl + " is not a valid URL");
        }
        String host = uri.getHost() == null ? "" : uri.getHost();
        boolean loopback = host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
        if ("https".equals(uri.getScheme()) || ("http".equals(uri.getScheme()) && (loopback || allowInsecure))) {
            return;
        }
        throw new IllegalArgumentException("The portal address must start with https:// (plain http only to this"
                + " machine, or with --chatterie.agent.allow-insecure-portal=true): " + portalUrl);
    }

    public NodeIdentity enroll(String portalUrl, String token) throws PortalClient.PortalException, IOException {
        requireSafePortal(portalUrl, allowInsecure);
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
