package org.chatterie.portal.instances;

import java.time.Clock;
import java.time.Instant;
import org.chatterie.portal.audit.Actor;
import org.chatterie.portal.audit.AuditService;
import org.chatterie.portal.members.Account;
import org.chatterie.portal.members.MemberService;

/**
 * Compares a member's measured usage with their plan's quota after each node report: the first
 * time over quota is recorded (and audited) so the member sees a warning; under the SUSPEND
 * policy, still being over after the grace period asks for their instances to be suspended.
 */
final class QuotaWatch {

    private final Clock clock;
    private final AuditService audit;
    private final MemberService members;
    private final InstancesProperties properties;

    QuotaWatch(Clock clock, AuditService audit, MemberService members, InstancesProperties properties) {
        this.clock = clock;
        this.audit = audit;
        this.members = members;
        this.properties = properties;
    }

    /** @return true when the member's instances must now be suspended */
    boolean check(long accountId, long usedBytes) {
        Account account = members.findById(accountId).orElse(null);
        if (account == null) {
            return false;
        }
        long quotaBytes = members.quotaOf(account);
        Instant now = clock.instant();
        Instant since = members.overQuotaSince(accountId).orElse(null);
        if (usedBytes <= quotaBytes) {
            if (since != null) {
                members.markOverQuota(accountId, null);
            }
            return false;
        }
        if (since == null) {
            members.markOverQuota(accountId, now);
            audit.record(Actor.SYSTEM, "member.over-quota", account.email(), usedBytes + " > " + quotaBytes + " bytes");
            return false;
        }
        return properties.overQuotaPolicy() == InstancesProperties.OverQuotaPolicy.SUSPEND
                && since.plus(properties.overQuotaGrace()).isBefore(now);
    }
}
