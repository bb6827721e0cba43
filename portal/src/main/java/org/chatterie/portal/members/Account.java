package org.chatterie.portal.members;

import java.time.Instant;

/** An account as stored. {@code passwordHash} is null until the member sets a password. */
public record Account(long id, String email, String displayName, String passwordHash, Role role,
                      AccountState state, Long planId, String locale, Instant createdAt, Instant updatedAt) {

    public boolean activated() {
        return passwordHash != null;
    }
}
