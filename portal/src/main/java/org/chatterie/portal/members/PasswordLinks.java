package org.chatterie.portal.members;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * One-time links to set a password: 256 random bits in the link, only their SHA-256 in the
 * database, so a database dump gives no working link. A new link retires older ones.
 */
final class PasswordLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordLinks() {}

    /** @return the token to put in the link (never stored in clear) */
    static String create(Handle handle, long accountId, Instant now, Duration validity) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        PasswordLinkDao dao = handle.attach(PasswordLinkDao.class);
        dao.retireAll(accountId, now);
        dao.insert(hash(token), accountId, now, now.plus(validity));
        return token;
    }

    /** Marks the link used and returns its account, if the link is valid now. */
    static Optional<Long> consume(Handle handle, String token, Instant now) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        PasswordLinkDao dao = handle.attach(PasswordLinkDao.class);
        String hash = hash(token);
        Optional<Long> account = dao.findUsableAccount(hash, now);
        account.ifPresent(id -> dao.markUsed(hash, now));
        return account;
    }

    static boolean isUsable(Handle handle, String token, Instant now) {
        return token != null && token.length() <= 100
                && handle.attach(PasswordLinkDao.class).findUsableAccount(hash(token), now).isPresent();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
