package org.chatterie.agent.node;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.chatterie.protocol.DesiredState;

/**
 * The last desired state the portal served, on disk (owner-only: it holds apps' secrets). The
 * agent keeps reconciling from it when the portal is unreachable, even across agent restarts.
 * Written to a temporary file and renamed, so a crash leaves the old or the new copy, never half.
 */
public final class DesiredStateStore {

    /** A stored state with the ETag it came with. */
    public record Stored(DesiredState state, String etag) {}

    private final Path file;
    private final Path etagFile;
    private final ObjectMapper json;

    public DesiredStateStore(Path stateDir, ObjectMapper json) {
        this.file = stateDir.resolve("desired-state.json");
        this.etagFile = stateDir.resolve("desired-state.etag");
        this.json = json;
    }

    public void save(String body, String etag) throws IOException {
        write(file, body);
        write(etagFile, etag == null ? "" : etag);
    }

    public Optional<Stored> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            String etag = Files.exists(etagFile) ? Files.readString(etagFile).strip() : "";
            return Optional.of(new Stored(json.readValue(file.toFile(), DesiredState.class), etag.isEmpty() ? null : etag));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void write(Path target, String content) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temporary, content);
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
