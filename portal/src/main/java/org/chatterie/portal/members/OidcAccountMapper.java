package org.chatterie.portal.members;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Maps a login at the host's identity provider to a local account by verified e-mail. The
 * identity provider proves who the person is; Chatterie still decides what they may do, so
 * an unknown or suspended address is refused (it must go through an account request).
 */
@Component
class OidcAccountMapper implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final MemberService members;

    OidcAccountMapper(MemberService members) {
        this.members = members;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        String email = user.getEmail();
        if (email == null || !Boolean.TRUE.equals(user.getEmailVerified())) {
            throw refusal("email_not_verified");
        }
        Account account = members.findByEmail(email)
                .orElseThrow(() -> refusal("no_account"));
        if (account.state() != AccountState.ACTIVE) {
            throw refusal("account_suspended");
        }
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "email");
    }

    private static OAuth2AuthenticationException refusal(String code) {
        return new OAuth2AuthenticationException(new OAuth2Error(code));
    }
}
