package org.chatterie.portal.members;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Ends the open sessions of an account, so a suspension takes effect at the member's next
 * click rather than when their session happens to time out.
 */
@Component
class SessionTerminator {

    private final SessionRegistry sessions;

    SessionTerminator(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    void endSessionsOf(String email) {
        for (Object principal : sessions.getAllPrincipals()) {
            if (email.equalsIgnoreCase(nameOf(principal))) {
                sessions.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
            }
        }
    }

    private static String nameOf(Object principal) {
        if (principal instanceof UserDetails user) {
            return user.getUsername();
        }
        if (principal instanceof AuthenticatedPrincipal authenticated) {
            return authenticated.getName();
        }
        return String.valueOf(principal);
    }
}
