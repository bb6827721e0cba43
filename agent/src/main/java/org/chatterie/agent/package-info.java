/**
 * The Chatterie agent. One binary, two roles chosen by configuration: {@code node} (containers,
 * backups, snapshots) and {@code status} (probes and the offsite status page). It always dials
 * out to the portal, so nodes may sit behind NAT.
 */
package org.chatterie.agent;
