package org.chatterie.protocol;

import java.util.Map;

/**
 * {@code POST /api/v1/enroll}: a one-time token and the node's public key (a JWK, EC P-256).
 * The private key never leaves the node.
 */
public record EnrollRequest(String token, Map<String, Object> publicKey, String hostname, String agentVersion) {}
