/**
 * The Docker side of the node agent: it makes this node's Docker Engine match the portal's
 * desired state, one level-based and idempotent pass at a time ({@link org.chatterie.agent.docker.Reconciler}).
 * Each managed thing (network, volume, container, orphan) has its own small reconciler that
 * fetches what Docker has, compares it with what is wanted and applies only the difference, so a
 * pass interrupted by a crash is simply finished by the next one. Ownership is decided by labels
 * alone: the agent lists, changes and removes only objects labelled {@code org.chatterie.managed=true}
 * for its own node, and never pulls images. Every Docker call is bounded by the HTTP client's
 * timeouts, and every failure a person may read is a sentence, not a stack trace.
 */
package org.chatterie.agent.docker;
