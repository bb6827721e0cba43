package org.chatterie.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

/** A complete, valid production manifest, and small edits of it that tests refuse. */
final class Manifests {

    static final String FILE = "images/notes/app.yaml";
    static final String DIGEST = "sha256:" + "0123456789abcdef".repeat(4);

    /** Uses every field, with values whose conversions are easy to check by hand. */
    static final String NOTES = """
            manifestVersion: 1
            id: notes
            name: Notes
            description:
              fr: Des notes partagées, dans votre nuage.
              en: Shared notes, in your cloud.
            version: "2.4.1"
            category: productivity
            publisher: Chatterie
            licence: AGPL-3.0-or-later
            image: registry.example.org:5000/chatterie/notes:2.4.1@%s
            ports:
              http: 8080
            volumes:
              - name: data
                path: /var/lib/notes
                backup: daily
              - name: cache
                path: /var/cache/notes
                backup: none
            env:
              - name: NOTES_TITLE
                value: Nos notes
              - name: NOTES_SECRET
                generate: secret
            resources:
              memory: 512M
              cpu: 0.5
              disk: 5Gi
              pids: 128
            healthcheck:
              command: [wget, -q, -O, /dev/null, "http://127.0.0.1:8080/"]
              interval: 1m30s
              timeout: 5s
              retries: 4
              startPeriod: 2m
            permissions:
              readOnlyRootFilesystem: true
              capabilities: [CHOWN, SETUID]
            """.formatted(DIGEST);

    /** Only the required fields. */
    static final String MINIMAL = """
            manifestVersion: 1
            id: pad
            name: Pad
            description: {fr: Un bloc-notes., en: A notepad.}
            version: "1.0"
            category: office
            publisher: Someone
            licence: MIT
            image: pad@%s
            ports: {http: 3000}
            resources: {memory: 256Mi, cpu: 1, disk: 1Gi}
            healthcheck: {command: [/bin/true]}
            """.formatted(DIGEST);

    private static final ManifestLoader LOADER = new ManifestLoader();

    private Manifests() {}

    static ManifestLoader loader() {
        return LOADER;
    }

    /** {@link #NOTES} with one piece of text replaced; fails loudly if the text is not there. */
    static String notesWith(String from, String to) {
        assertThat(NOTES).contains(from);
        return NOTES.replace(from, to);
    }

    /** The problems, each as "file: field: message", of a manifest that must be refused. */
    static List<String> problemsOf(String yaml) {
        return problemsOf(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static List<String> problemsOf(byte[] yaml) {
        ManifestException refused = catchThrowableOfType(ManifestException.class, () -> LOADER.load(FILE, yaml));
        assertThat(refused).as("the manifest should have been refused").isNotNull();
        return refused.problems().stream().map(ManifestProblem::toString).toList();
    }
}
