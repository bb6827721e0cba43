package org.chatterie.portal.audit;

import java.time.Instant;

/** One line of the audit log. {@code actor} is an e-mail, or "anonymous"/"system". */
public record AuditEntry(long id, Instant at, String actor, String action, String target,
                         String detail, String remoteAddress) {}
