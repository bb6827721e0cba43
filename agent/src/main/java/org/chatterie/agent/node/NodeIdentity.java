package org.chatterie.agent.node;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Who this node is: its id at the portal, the portal's address and its key pair. Stored as
 * {@code node.json} and {@code node-key.json} (the private key, mode 0600) in the state
 * directory; written atomically so a crash never leaves half a key.
 */
public record NodeIdentity(String nodeId, String portalUrl, ECKey key) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static ECKey newKey() {
        try {
            return new ECKeyGenerator(Curve.P_256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("This JVM cannot make EC P-256 keys", e);
        }
    }

    public static Optional<NodeIdentity> load(Path stateDir) throws IOException {
        Path node = stateDir.resolve("node.json");
        Path key = stateDir.resolve("node-key.json");
        if (!Files.exists(node) || !Files.exists(key)) {
            return Optional.empty();
        }
        Map<?, ?> facts = JSON.readValue(node.toFile(), Map.class);
        try {
            return Optional.of(new NodeIdentity((String) facts.get("nodeId"), (String) facts.get("portalUrl"),
                    ECKey.parse(Files.readString(key))));
        } catch (ParseException e) {
            throw new IOException("The node key in " + key + " is unreadable: " + e.getMessage(), e);
        }
    }

    public void save(Path stateDir) throws IOException {
        Files.createDirectories(stateDir);
        writeOwnerOnly(stateDir.resolve("node-key.json"), key.toJSONString());
        writeOwnerOnly(stateDir.resolve("node.json"),
                JSON.writeValueAsString(Map.of("nodeId", nodeId, "portalUrl", portalUrl)));
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temporary, content);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
