package org.chatterie.portal.e2e;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The docker CLI, to look at what the agent did from outside, the way an operator would. */
final class DockerCli {

    private DockerCli() {}

    static String run(String... arguments) throws IOException, InterruptedException {
        String[] command = new String[arguments.length + 1];
        command[0] = "docker";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("docker " + String.join(" ", arguments) + " timed out");
        }
        String output = new String(process.getInputStream().readAllBytes()).strip();
        if (process.exitValue() != 0) {
            throw new AssertionError("docker " + String.join(" ", arguments) + " failed: " + output);
        }
        return output;
    }

    static List<String> lines(String... arguments) throws IOException, InterruptedException {
        String output = run(arguments);
        return output.isEmpty() ? List.of() : Arrays.asList(output.split("\n"));
    }

    /** Containers (all states) carrying a label. */
    static List<String> containers(String label) throws IOException, InterruptedException {
        return lines("ps", "-aq", "--filter", "label=" + label);
    }

    static List<String> volumes(String label) throws IOException, InterruptedException {
        return lines("volume", "ls", "-q", "--filter", "label=" + label);
    }

    /** Removes everything a test node created, whatever state the test left. */
    static void removeNode(String nodeId) throws IOException, InterruptedException {
        for (String id : containers("org.chatterie.node=" + nodeId)) {
            run("rm", "-f", id);
        }
        for (String volume : volumes("org.chatterie.node=" + nodeId)) {
            run("volume", "rm", "-f", volume);
        }
    }

    /** Builds the test images from busybox-static (idempotent). */
    static void buildTestImages() throws IOException, InterruptedException {
        Process build = new ProcessBuilder("../images/testing/build.sh").redirectErrorStream(true).start();
        if (!build.waitFor(300, TimeUnit.SECONDS) || build.exitValue() != 0) {
            throw new AssertionError("images/testing/build.sh failed: " + new String(build.getInputStream().readAllBytes()));
        }
    }
}
