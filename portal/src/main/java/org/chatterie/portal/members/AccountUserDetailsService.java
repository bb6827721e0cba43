package org.chatterie.portal.members;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Local login by e-mail. An account without a password (approved, not yet activated) is
 * treated as unknown; a suspended one is locked, so the person is told it is suspended.
 */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final MemberService members;

    AccountUserDetailsService(MemberService members) {
        this.members = members;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        Account account = members.findByEmail(email == null ? "" : email.strip())
                .filter(Account::activated)
                .orElseThrow(() -> new UsernameNotFoundException("No active account"));
        return User.withUsername(account.email())
                .password(account.passwordHash())
                .authorities(List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())))
                .accountLocked(account.state() == AccountState.SUSPENDED)
                .build();
    }
}
