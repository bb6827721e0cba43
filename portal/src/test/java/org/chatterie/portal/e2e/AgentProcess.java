package org.chatterie.portal.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real agent (../agent/target/agent.jar) as a separate process, so tests can enroll it,
 * run it, and kill it with SIGKILL like a power cut would.
 */
final class AgentProcess {

    static final Path JAR = Path.of("..", "agent", "target", "agent.jar").toAbsolutePath();

    private final Path stateDir;
    private final Path log;
    private final List<String> settings;
    private Process process;

    AgentProcess(Path stateDir, String... settings) {
        this.stateDir = stateDir;
        this.log = stateDir.resolveSibling(stateDir.getFileName() + ".log");
        this.settings = List.of(settings);
    }

    private List<String> command(String... arguments) {
        var command = new ArrayList<String>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx128m");
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(arguments));
        command.add("--chatterie.agent.state-dir=" + stateDir);
        command.addAll(settings);
        return command;
    }

    /** @return the agent's output; fails the test if enrollment failed */
    String enroll(String portalUrl, String token) throws IOException, InterruptedException {
        Process enroll = new ProcessBuilder(command("enroll", "--portal", portalUrl, "--token", token))
                .redirectErrorStream(true).start();
        if (!enroll.waitFor(60, TimeUnit.SECONDS)) {
            enroll.destroyForcibly();
            throw new AssertionError("agent enroll did not finish");
        }
        String output = new String(enroll.getInputStream().readAllBytes());
        if (enroll.exitValue() != 0) {
            throw new AssertionError("agent enroll failed (" + enroll.exitValue() + "): " + output);
        }
        return output;
    }

    /** Runs {@code enroll} expecting a refusal; returns its output. */
    String enrollExpectingFailure(String portalUrl, String token) throws IOException, InterruptedException {
        Process enroll = new ProcessBuilder(command("enroll", "--portal", portalUrl, "--token", token))
                .redirectErrorStream(true).start();
        enroll.waitFor(60, TimeUnit.SECONDS);
        String output = new String(enroll.getInputStream().readAllBytes());
        if (enroll.exitValue() == 0) {
            throw new AssertionError("agent enroll should have failed: " + output);
        }
        return output;
    }

    void start() throws IOException {
        process = new ProcessBuilder(command("run")).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /** SIGKILL: no shutdown hook, no cleanup, like a power cut. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }
}
