/**
 * The app catalog: each app is described by an {@code images/<app>/app.yaml} manifest (format in
 * docs/manifest.md, JSON Schema in docs/app-manifest.schema.json). Manifests come from people
 * we do not control — our own packagers today, partner hosts once catalogs are federated — so
 * they are read defensively (size cap, no YAML aliases, unknown fields refused), checked against
 * the schema and the hosting policy, and every refusal names the file and the field in plain
 * English. A bad manifest is refused on its own and never stops the portal.
 */
package org.chatterie.portal.catalog;
