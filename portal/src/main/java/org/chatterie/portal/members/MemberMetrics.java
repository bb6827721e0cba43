package org.chatterie.portal.members;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * {@code chatterie_account_requests_pending} and {@code chatterie_members{state}}: read from the
 * database at each scrape, so they are right on every node of a cluster.
 */
@Component
class MemberMetrics implements MeterBinder {

    private final MemberService members;

    MemberMetrics(MemberService members) {
        this.members = members;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("chatterie.account.requests.pending", members, MemberService::countPendingRequests)
                .description("Account requests waiting for an admin's decision")
                .register(registry);
        for (AccountState state : AccountState.values()) {
            Gauge.builder("chatterie.members", members, m -> m.countMembers(state))
                    .tag("state", state.name().toLowerCase())
                    .description("Member accounts by state")
                    .register(registry);
        }
    }
}
