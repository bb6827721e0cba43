package org.chatterie.portal.members;

public enum RequestState { PENDING, APPROVED, REFUSED }
