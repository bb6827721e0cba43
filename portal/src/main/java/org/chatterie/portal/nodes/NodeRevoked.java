package org.chatterie.portal.nodes;

/**
 * Published after a node is revoked, so features that place things on nodes can react
 * (instances on it can no longer be changed by the portal) without nodes knowing them.
 */
public record NodeRevoked(String nodeId, String nodeName) {}
