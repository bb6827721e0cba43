/**
 * The node's side of the agent protocol: its identity (an EC P-256 key made at enrollment, kept
 * owner-only on disk), the short-lived JWTs it signs, the portal client, the last good desired
 * state kept on disk so reconciling goes on while the portal is away, and the loop that pulls,
 * reconciles and reports.
 */
package org.chatterie.agent.node;
