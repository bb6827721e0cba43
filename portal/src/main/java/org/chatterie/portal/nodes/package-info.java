/**
 * Nodes: the machines that run members' instances. An admin creates a one-time enrollment
 * token; the agent enrols with it, sending its public key, and from then on signs a short-lived
 * JWT for every call, which this package verifies (a revoked node's tokens stop working at
 * once). Nodes report facts (CPU, memory, disk, Docker version) and last-seen times here.
 */
package org.chatterie.portal.nodes;
