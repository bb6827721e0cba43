package org.chatterie.portal.instances;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code chatterie.instances.*}: the domain under which instances get their addresses
 * ({@code <app>-<member>.<domain>}), the link shown for an address, and what happens when a member stays over quota:
 * {@code WARN} only shows it, {@code SUSPEND} suspends their instances after the grace period.
 */
@ConfigurationProperties("chatterie.instances")
public record InstancesProperties(
        @DefaultValue("cloud.localhost") String domain,
        @DefaultValue("https://{address}/") String urlTemplate,
        @DefaultValue("WARN") OverQuotaPolicy overQuotaPolicy,
        @DefaultValue("7d") Duration overQuotaGrace) {

    public enum OverQuotaPolicy { WARN, SUSPEND }

    /** The link people follow to reach an instance, e.g. https://webapp-marie.cloud.example.org/. */
    public String urlOf(String address) {
        return urlTemplate.replace("{address}", address);
    }
}
