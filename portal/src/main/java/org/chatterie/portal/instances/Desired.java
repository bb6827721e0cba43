package org.chatterie.portal.instances;

/** What the member (or an admin) wants for an instance. */
public enum Desired { RUNNING, SUSPENDED, DELETED }
