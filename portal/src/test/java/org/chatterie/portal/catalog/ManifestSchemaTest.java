package org.chatterie.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The schema published in docs/ is the one the portal enforces, and it is a valid 2020-12 schema. */
class ManifestSchemaTest {

    /** Surefire runs with the module folder as working directory. */
    private static final Path PUBLISHED = Path.of("../docs/app-manifest.schema.json");

    @Test
    void publishedAndBundledCopiesAreByteIdentical() throws Exception {
        byte[] bundled;
        try (InputStream in = ManifestSchema.class.getResourceAsStream(ManifestSchema.RESOURCE)) {
            assertThat(in).as("classpath " + ManifestSchema.RESOURCE).isNotNull();
            bundled = in.readAllBytes();
        }

        assertThat(bundled)
                .as("portal/src/main/resources%s must be a copy of docs/app-manifest.schema.json: copy it again",
                        ManifestSchema.RESOURCE)
                .isEqualTo(Files.readAllBytes(PUBLISHED));
    }

    @Test
    void isAValidDraft202012Schema() throws Exception {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        JsonNode schema = new ObjectMapper().readTree(PUBLISHED.toFile());

        assertThat(factory.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema")).validate(schema))
                .isEmpty();
    }

    @Test
    void defaultsInTheSchemaAreTheOnesTheLoaderApplies() throws Exception {
        JsonNode properties = new ObjectMapper().readTree(PUBLISHED.toFile()).path("properties");
        JsonNode healthcheck = properties.path("healthcheck").path("properties");

        assertThat(properties.at("/resources/properties/pids/default").asInt()).isEqualTo(ManifestMapper.DEFAULT_PIDS);
        assertThat(healthcheck.at("/interval/default").asText()).isEqualTo(ManifestMapper.DEFAULT_INTERVAL);
        assertThat(healthcheck.at("/timeout/default").asText()).isEqualTo(ManifestMapper.DEFAULT_TIMEOUT);
        assertThat(healthcheck.at("/retries/default").asInt()).isEqualTo(ManifestMapper.DEFAULT_RETRIES);
        assertThat(healthcheck.at("/startPeriod/default").asText()).isEqualTo(ManifestMapper.DEFAULT_START_PERIOD);
        assertThat(properties.at("/permissions/properties/readOnlyRootFilesystem/default").asBoolean()).isFalse();
    }
}
