package org.chatterie.portal.catalog;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link CatalogProperties} from the feature itself, so the catalog also works in a
 * context that does not scan for configuration properties. Where the application's
 * {@code @ConfigurationPropertiesScan} finds the record as well, both mechanisms use the same
 * bean name and the second registration is skipped: there is one bean either way.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CatalogProperties.class)
class CatalogConfig {
}
