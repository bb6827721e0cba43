package org.chatterie.portal.members;

import java.time.Instant;

/** A request from the public form and, once decided, who decided what. */
public record AccountRequest(long id, String name, String email, long planId, String planName, String reason,
                             String locale, Instant requestedAt, String requestedFrom, RequestState state,
                             Instant decidedAt, String decidedBy, String refusalReason) {}
