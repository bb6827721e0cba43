package org.chatterie.portal.nodes;

/** A revoked node's key is refused; its row stays for the audit trail. */
public enum NodeState { ACTIVE, REVOKED }
