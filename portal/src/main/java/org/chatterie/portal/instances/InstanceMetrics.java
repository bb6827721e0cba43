package org.chatterie.portal.instances;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** {@code chatterie_instances{desired}}: members' apps by what was asked, read at each scrape. */
@Component
class InstanceMetrics implements MeterBinder {

    private final InstanceService instances;

    InstanceMetrics(InstanceService instances) {
        this.instances = instances;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Desired desired : Desired.values()) {
            Gauge.builder("chatterie.instances", instances, i -> i.count(desired))
                    .tag("desired", desired.name().toLowerCase())
                    .description("Members' app instances by desired state")
                    .register(registry);
        }
    }
}
