package org.chatterie.portal.members;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.chatterie.portal.audit.Actor;
import org.chatterie.portal.system.ChatterieProperties;
import org.chatterie.portal.system.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Makes sure a first administrator can exist without any default password. Either the
 * operator configures {@code chatterie.admin.email} and {@code chatterie.admin.password},
 * or the portal writes a one-time setup code to an owner-only file and the
 * /setup screen asks for it, so whoever reaches the page first cannot take the host over.
 */
@Component
public class FirstAdminSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminSetup.class);

    private final MemberService members;
    private final ChatterieProperties properties;
    private volatile String setupCode;

    FirstAdminSetup(MemberService members, ChatterieProperties properties) {
        this.members = members;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (members.adminExists()) {
            return;
        }
        var admin = properties.admin();
        if (admin.email() != null && !admin.email().isBlank() && admin.password() != null) {
            members.createFirstAdmin(admin.name(), admin.email(), admin.password(), admin.password(), Actor.SYSTEM);
            Files.deleteIfExists(admin.setupCodeFile());
            log.info("First administrator {} created from configuration", admin.email());
            return;
        }
        byte[] bytes = new byte[9];
        new SecureRandom().nextBytes(bytes);
        setupCode = HexFormat.of().formatHex(bytes);
        Path file = admin.setupCodeFile();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, setupCode + "\n");
        log.info("No administrator yet: open {}/setup and enter the code stored in {}", properties.publicUrl(), file);
    }

    public boolean isSetupOpen() {
        return setupCode != null && !members.adminExists();
    }

    /** Creates the first admin if the code is the one written at start. */
    public void complete(String code, String name, String email, String password, String confirmation, Actor actor) {
        String expected = setupCode;
        if (expected == null || code == null || !MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), code.strip().getBytes(StandardCharsets.UTF_8))) {
            throw InvalidInputException.of("code", "setup.error.code");
        }
        members.createFirstAdmin(name, email, password, confirmation, actor);
        setupCode = null;
        try {
            Files.deleteIfExists(properties.admin().setupCodeFile());
        } catch (IOException e) {
            log.warn("Could not delete the used setup code file: {}", e.getMessage());
        }
    }

    /** For tests and the operator's CLI: the code in force, if setup is open. */
    String currentCode() {
        return setupCode;
    }
}
