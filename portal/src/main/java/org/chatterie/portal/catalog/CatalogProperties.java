package org.chatterie.portal.catalog;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the catalog's manifests are ({@code chatterie.catalog.*}).
 *
 * @param dir         the folder holding {@code <app>/app.yaml} and {@code testing/<app>/app.yaml};
 *                    relative paths are resolved against the portal's working directory
 * @param testingApps whether apps of category {@code testing} are offered (tests and demos only)
 */
@ConfigurationProperties("chatterie.catalog")
public record CatalogProperties(
        @DefaultValue("images") Path dir,
        @DefaultValue("false") boolean testingApps) {}
