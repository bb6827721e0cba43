package org.chatterie.portal.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The JSON Schema of version 1 manifests, read from the classpath copy of
 * docs/app-manifest.schema.json (a test keeps the two identical).
 */
final class ManifestSchema {

    static final String RESOURCE = "/catalog/app-manifest.schema.json";

    private final JsonSchema schema;
    private final SchemaMessages messages;

    ManifestSchema() {
        JsonNode schemaTree = readResource();
        this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(schemaTree, SchemaValidatorsConfig.builder().pathType(PathType.JSON_PATH).build());
        this.messages = new SchemaMessages(schemaTree);
    }

    /** Every schema violation of {@code manifest}, in plain English; empty when it conforms. */
    List<ManifestProblem> validate(String file, JsonNode manifest) {
        // A set: several schema branches can explain one mistake with the same words.
        Set<ManifestProblem> problems = new LinkedHashSet<>();
        schema.validate(manifest).forEach(message -> problems.add(messages.toProblem(file, message)));
        return List.copyOf(problems);
    }

    private static JsonNode readResource() {
        try (InputStream in = ManifestSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the portal is built without " + RESOURCE);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
