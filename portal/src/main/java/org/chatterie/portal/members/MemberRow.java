package org.chatterie.portal.members;

import java.time.Instant;

/** A line of the admin's members list. */
public record MemberRow(long id, String email, String displayName, Role role, AccountState state,
                        String planName, boolean activated, Instant createdAt) {}
