package org.chatterie.portal.nodes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.chatterie.portal.audit.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * For trial installs (bin/demo) only: when {@code chatterie.demo.local-node-token-file} is set
 * and no active node is called "local", writes a fresh one-time enrollment token to that file
 * (owner-only), so the script can enroll an agent on this same machine without a human copying
 * the token. Off by default; production enrolls nodes from the Nodes view.
 */
@Component
class LocalNodeBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LocalNodeBootstrap.class);
    static final String NAME = "local";

    private final NodeService nodes;
    private final Path tokenFile;

    LocalNodeBootstrap(NodeService nodes, @Value("${chatterie.demo.local-node-token-file:}") String tokenFile) {
        this.nodes = nodes;
        this.tokenFile = tokenFile.isBlank() ? null : Path.of(tokenFile);
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (tokenFile == null) {
            return;
        }
        boolean enrolled = nodes.findAll().stream()
                .anyMatch(n -> n.state() == NodeState.ACTIVE && n.name().equalsIgnoreCase(NAME));
        Files.deleteIfExists(tokenFile);
        if (enrolled) {
            return;
        }
        var token = nodes.createEnrollmentToken(NAME, Actor.SYSTEM);
        Files.createDirectories(tokenFile.toAbsolutePath().getParent());
        Files.createFile(tokenFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tokenFile, token.token());
        log.info("Demo: enrollment token for the local node written to {}", tokenFile);
    }
}
