package org.chatterie.portal.members;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.chatterie.portal.system.Tokens;
import org.jdbi.v3.core.Handle;

/** One-time links to set a password ({@link Tokens}); a new link retires older ones. */
final class PasswordLinks {

    private PasswordLinks() {}

    /** @return the token to put in the link (never stored in clear) */
    static String create(Handle handle, long accountId, Instant now, Duration validity) {
        String token = Tokens.newToken();
        PasswordLinkDao dao = handle.attach(PasswordLinkDao.class);
        dao.retireAll(accountId, now);
        dao.insert(Tokens.sha256(token), accountId, now, now.plus(validity));
        return token;
    }

    /** Marks the link used and returns its account, if the link is valid now. */
    static Optional<Long> consume(Handle handle, String token, Instant now) {
        if (!Tokens.plausible(token)) {
            return Optional.empty();
        }
        PasswordLinkDao dao = handle.attach(PasswordLinkDao.class);
        String hash = Tokens.sha256(token);
        Optional<Long> account = dao.findUsableAccount(hash, now);
        account.ifPresent(id -> dao.markUsed(hash, now));
        return account;
    }

    static boolean isUsable(Handle handle, String token, Instant now) {
        return Tokens.plausible(token)
                && handle.attach(PasswordLinkDao.class).findUsableAccount(Tokens.sha256(token), now).isPresent();
    }
}
