/**
 * The agent protocol, version 1 (docs/protocol.md): what the portal serves at
 * {@code GET /api/v1/nodes/{id}/desired-state} and what the agent posts to
 * {@code POST /api/v1/nodes/{id}/report}. Plain records serialised as JSON; unknown fields
 * must be ignored by readers so that either side can add fields without breaking the other.
 */
package org.chatterie.protocol;
