package org.chatterie.portal.nodes;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code chatterie.nodes.*}: how long an enrollment token lives, the longest agent JWT
 * accepted, and after how long without a report a node counts as offline.
 */
@ConfigurationProperties("chatterie.nodes")
public record NodesProperties(
        @DefaultValue("1h") Duration enrollmentTokenValidity,
        @DefaultValue("5m") Duration maxTokenLifetime,
        @DefaultValue("2m") Duration offlineAfter) {}
