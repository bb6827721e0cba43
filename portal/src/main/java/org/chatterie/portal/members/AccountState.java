package org.chatterie.portal.members;

/** A suspended account cannot log in; its data is kept. */
public enum AccountState { ACTIVE, SUSPENDED }
