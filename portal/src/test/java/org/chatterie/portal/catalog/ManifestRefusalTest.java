package org.chatterie.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chatterie.portal.catalog.Manifests.notesWith;
import static org.chatterie.portal.catalog.Manifests.problemsOf;

import org.junit.jupiter.api.Test;

/**
 * Each kind of mistake in an otherwise valid manifest is refused with one sentence naming the
 * file and the field. The exact wording is asserted where people will read it most.
 */
class ManifestRefusalTest {

    private static final String F = Manifests.FILE + ": ";

    @Test
    void missingField() {
        assertThat(problemsOf(notesWith("publisher: Chatterie\n", "")))
                .containsExactly(F + "publisher: is required");
    }

    @Test
    void missingDescriptionLanguage() {
        assertThat(problemsOf(notesWith("  en: Shared notes, in your cloud.\n", "")))
                .containsExactly(F + "description.en: is required");
    }

    @Test
    void unknownTopLevelField() {
        assertThat(problemsOf(notesWith("publisher: Chatterie", "publisher: Chatterie\npublsher: typo")))
                .containsExactly(F + "publsher: is not a field of a version 1 manifest (check the spelling)");
    }

    @Test
    void unknownNestedField() {
        assertThat(problemsOf(notesWith("    backup: none", "    backup: none\n    size: 1Gi")))
                .containsExactly(F + "volumes[1].size: is not a known field here (check the spelling)");
    }

    @Test
    void badSlug() {
        assertThat(problemsOf(notesWith("id: notes", "id: Notes_App")))
                .containsExactly(F + "id: must be 2 to 40 characters from a-z, 0-9 and '-', start with a letter"
                        + " and not end with '-'");
        assertThat(problemsOf(notesWith("id: notes", "id: 9notes"))).singleElement().asString().contains("id: must be");
        assertThat(problemsOf(notesWith("id: notes", "id: n"))).singleElement().asString().contains("id: must be");
        assertThat(problemsOf(notesWith("id: notes", "id: " + "n".repeat(41)))).hasSize(1);
    }

    @Test
    void badBackupPolicy() {
        assertThat(problemsOf(notesWith("backup: none", "backup: weekly")))
                .containsExactly(F + "volumes[1].backup: must be one of daily, none");
    }

    @Test
    void badCategory() {
        assertThat(problemsOf(notesWith("category: productivity", "category: games")))
                .containsExactly(F + "category: must be one of productivity, communication, files, media, office,"
                        + " social, development, testing");
    }

    @Test
    void duplicateVolumeName() {
        assertThat(problemsOf(notesWith("name: cache", "name: data")))
                .containsExactly(F + "volumes[1].name: data is already the name of volumes[0]");
    }

    @Test
    void duplicateVolumePath() {
        assertThat(problemsOf(notesWith("path: /var/cache/notes", "path: /var/lib/notes")))
                .containsExactly(F + "volumes[1].path: /var/lib/notes is already the path of volumes[0]");
    }

    @Test
    void volumeUnderProc() {
        assertThat(problemsOf(notesWith("path: /var/cache/notes", "path: /proc/x")))
                .containsExactly(F + "volumes[1].path: must not be /proc, /sys, /dev or under them:"
                        + " policy does not permit mounting over system directories");
        assertThat(problemsOf(notesWith("path: /var/cache/notes", "path: /sys"))).hasSize(1);
        assertThat(problemsOf(notesWith("path: /var/cache/notes", "path: /dev/shm"))).hasSize(1);
    }

    @Test
    void volumeAtTheDockerSocket() {
        assertThat(problemsOf(notesWith("path: /var/cache/notes", "path: /var/run/docker.sock")))
                .containsExactly(F + "volumes[1].path: must not mention docker.sock:"
                        + " policy does not permit giving an app the Docker socket");
    }

    @Test
    void volumeAtTheRootOrRelativeOrWithDotDot() {
        String absolute = F + "volumes[1].path: must be an absolute path inside the container such as /data,"
                + " and not / itself";
        assertThat(problemsOf(notesWith("path: /var/cache/notes", "path: /"))).containsExactly(absolute);
        assertThat(problemsOf(notesWith("path: /var/cache/notes", "path: cache"))).containsExactly(absolute);
        assertThat(problemsOf(notesWith("path: /var/cache/notes", "path: /var/../proc")))
                .containsExactly(F + "volumes[1].path: must not contain . or .. segments");
    }

    @Test
    void badQuantity() {
        assertThat(problemsOf(notesWith("memory: 512M", "memory: 512MB")))
                .containsExactly(F + "resources.memory: must be a size such as 256Mi, 1Gi or 512M: a whole number"
                        + " and a unit (Ki, Mi, Gi, Ti are powers of 1024; k, M, G, T powers of 1000)");
        assertThat(problemsOf(notesWith("disk: 5Gi", "disk: 5"))).singleElement().asString()
                .startsWith(F + "resources.disk: must be a size");
        assertThat(problemsOf(notesWith("memory: 512M", "memory: 512m"))).hasSize(1);
    }

    @Test
    void quantityOutOfRange() {
        assertThat(problemsOf(notesWith("memory: 512M", "memory: 1Mi")))
                .containsExactly(F + "resources.memory: must be at least 6M: Docker cannot start a container with less");
        assertThat(problemsOf(notesWith("disk: 5Gi", "disk: 9999999Ti")))
                .containsExactly(F + "resources.disk: must be at most 64Ti");
    }

    @Test
    void cpuOutOfRange() {
        assertThat(problemsOf(notesWith("cpu: 0.5", "cpu: 32"))).containsExactly(F + "resources.cpu: must be at most 16");
        assertThat(problemsOf(notesWith("cpu: 0.5", "cpu: 0.01"))).containsExactly(F + "resources.cpu: must be at least 0.05");
    }

    @Test
    void pidsOutOfRange() {
        assertThat(problemsOf(notesWith("pids: 128", "pids: 8"))).containsExactly(F + "resources.pids: must be at least 16");
    }

    @Test
    void badDuration() {
        assertThat(problemsOf(notesWith("timeout: 5s", "timeout: 5")))
                .containsExactly(F + "healthcheck.timeout: must be a duration in minutes and seconds such as 10s, 2m or 1m30s");
        assertThat(problemsOf(notesWith("interval: 1m30s", "interval: 1h"))).hasSize(1);
        assertThat(problemsOf(notesWith("interval: 1m30s", "interval: 0s")))
                .containsExactly(F + "healthcheck.interval: must be at least 1s");
        assertThat(problemsOf(notesWith("startPeriod: 2m", "startPeriod: 61m")))
                .containsExactly(F + "healthcheck.startPeriod: must be at most 60m");
    }

    @Test
    void disallowedCapability() {
        assertThat(problemsOf(notesWith("[CHOWN, SETUID]", "[CHOWN, SYS_ADMIN]")))
                .containsExactly(F + "permissions.capabilities[1]: policy does not permit the capability SYS_ADMIN;"
                        + " an app may ask only for NET_BIND_SERVICE, CHOWN, SETUID, SETGID, DAC_OVERRIDE");
        assertThat(problemsOf(notesWith("[CHOWN, SETUID]", "[CAP_CHOWN]")))
                .containsExactly(F + "permissions.capabilities[0]: write CHOWN, without the CAP_ prefix");
    }

    @Test
    void envWithBothValueAndGenerate() {
        assertThat(problemsOf(notesWith("    value: Nos notes", "    value: Nos notes\n    generate: secret")))
                .containsExactly(F + "env[0]: must have either \"value\" or \"generate: secret\", not both");
    }

    @Test
    void envWithNeitherValueNorGenerate() {
        assertThat(problemsOf(notesWith("    generate: secret\n", "")))
                .containsExactly(F + "env[1]: needs either \"value: <text>\" or \"generate: secret\"");
    }

    @Test
    void envNamesUniqueWellFormedAndNotReserved() {
        assertThat(problemsOf(notesWith("NOTES_SECRET", "NOTES_TITLE")))
                .containsExactly(F + "env[1].name: NOTES_TITLE is already set by env[0]");
        assertThat(problemsOf(notesWith("NOTES_SECRET", "notes-secret"))).singleElement().asString()
                .startsWith(F + "env[1].name: must be upper-case letters");
        assertThat(problemsOf(notesWith("NOTES_SECRET", "CHATTERIE_INSTANCE")))
                .containsExactly(F + "env[1].name: must not start with CHATTERIE_: that prefix is reserved for Chatterie");
    }

    @Test
    void envValueThatYamlReadsAsSomethingElse() {
        assertThat(problemsOf(notesWith("value: Nos notes", "value: no")))
                .containsExactly(F + "env[0].value: must be text, not true or false: put the value in quotes");
    }

    @Test
    void unquotedVersion() {
        assertThat(problemsOf(notesWith("version: \"2.4.1\"", "version: 2.10")))
                .containsExactly(F + "version: must be text, not a number: put the value in quotes");
    }

    @Test
    void unpinnedImageForANonTestingApp() {
        assertThat(problemsOf(notesWith("@" + Manifests.DIGEST, "")))
                .containsExactly(F + "image: must be pinned by digest (…@sha256:<64 hex digits>) so that every node"
                        + " runs exactly the reviewed image; only apps of category testing may use a tag alone");
    }

    @Test
    void malformedImage() {
        assertThat(problemsOf(notesWith("chatterie/notes:2.4.1@" + Manifests.DIGEST, "Chatterie/Notes")))
                .first().asString().startsWith(F + "image: must be an image reference in lowercase");
        assertThat(problemsOf(notesWith(Manifests.DIGEST, "sha256:abc"))).first().asString()
                .startsWith(F + "image: must be an image reference");
    }

    @Test
    void wrongLicences() {
        assertThat(problemsOf(notesWith("licence: AGPL-3.0-or-later", "licence: MIT License")))
                .containsExactly(F + "licence: must be an SPDX licence identifier or expression, such as"
                        + " AGPL-3.0-or-later or MIT OR Apache-2.0 (see https://spdx.org/licenses/)");
        assertThat(problemsOf(notesWith("licence: AGPL-3.0-or-later", "licence: GPLv3")))
                .containsExactly(F + "licence: GPLv3 is not an SPDX identifier; write GPL-3.0-only, GPL-3.0-or-later,"
                        + " GPL-2.0-only or GPL-2.0-or-later (see https://spdx.org/licenses/)");
        assertThat(problemsOf(notesWith("licence: AGPL-3.0-or-later", "licence: MIT OR Apache2"))).singleElement()
                .asString().contains("Apache2 is not an SPDX identifier; write Apache-2.0");
        assertThat(problemsOf(notesWith("licence: AGPL-3.0-or-later", "licence: MIT or Apache-2.0"))).hasSize(1);
    }

    @Test
    void portOutOfRange() {
        assertThat(problemsOf(notesWith("http: 8080", "http: 70000"))).containsExactly(F + "ports.http: must be at most 65535");
        assertThat(problemsOf(notesWith("http: 8080", "https: 8443")))
                .containsExactly(F + "ports.http: is required", F + "ports.https: is not a known field here (check the spelling)");
    }

    @Test
    void blankNameAndEmptyHealthcheck() {
        assertThat(problemsOf(notesWith("name: Notes", "name: \"  \""))).containsExactly(F + "name: must not be blank");
        assertThat(problemsOf(notesWith("[wget, -q, -O, /dev/null, \"http://127.0.0.1:8080/\"]", "[]")))
                .containsExactly(F + "healthcheck.command: must list at least 1 item(s)");
    }

    @Test
    void otherManifestVersionsInOneSentence() {
        assertThat(problemsOf(notesWith("manifestVersion: 1", "manifestVersion: 2\nsignature: abc")))
                .containsExactly(F + "manifestVersion: this portal reads version 1 manifests only;"
                        + " version 2 needs a newer Chatterie");
        assertThat(problemsOf(notesWith("manifestVersion: 1", "manifestVersion: \"1\"")))
                .containsExactly(F + "manifestVersion: must be 1");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        String yaml = notesWith("id: notes", "id: Notes")
                .replace("backup: none", "backup: weekly")
                .replace("cpu: 0.5", "cpu: 99")
                .replace("publisher: Chatterie\n", "");

        assertThat(problemsOf(yaml)).hasSize(4).allSatisfy(p -> assertThat(p).startsWith(F))
                .anySatisfy(p -> assertThat(p).startsWith(F + "id: "))
                .anySatisfy(p -> assertThat(p).startsWith(F + "volumes[1].backup: "))
                .anySatisfy(p -> assertThat(p).startsWith(F + "resources.cpu: "))
                .anySatisfy(p -> assertThat(p).startsWith(F + "publisher: "));
    }
}
