package org.chatterie.portal.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real agent (../agent/target/agent.jar) started by its real launcher (bin/chatterie-agent,
 * which execs java: the process is the JVM), so tests can enroll it, run it, and kill it with
 * SIGKILL like a power cut would.
 */
final class AgentProcess {

    static final Path JAR = Path.of("..", "agent", "target", "agent.jar").toAbsolutePath().normalize();
    static final Path LAUNCHER = Path.of("..", "bin", "chatterie-agent").toAbsolutePath().normalize();

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
        command.add(LAUNCHER.toString());
        command.addAll(List.of(arguments));
        command.add("--chatterie.agent.state-dir=" + stateDir);
        command.addAll(settings);
        return command;
    }

    private static ProcessBuilder builder(List<String> command) {
        var builder = new ProcessBuilder(command);
        builder.environment().put("CHATTERIE_AGENT_JAR", JAR.toString());
        // The JVM the tests run on, so the launcher finds java even without it on the PATH.
        ProcessHandle.current().info().command().map(Path::of).map(Path::getParent).ifPresent(bin ->
                builder.environment().put("PATH", bin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin")));
        return builder;
    }

    /** @return the agent's output; fails the test if enrollment failed */
    String enroll(String portalUrl, String token) throws IOException, InterruptedException {
        Process enroll = builder(command("enroll", "--portal", portalUrl, "--token", token))
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
        Process enroll = builder(command("enroll", "--portal", portalUrl, "--token", token))
                .redirectErrorStream(true).start();
        enroll.waitFor(60, TimeUnit.SECONDS);
        String output = new String(enroll.getInputStream().readAllBytes());
        if (enroll.exitValue() == 0) {
            throw new AssertionError("agent enroll should have failed: " + output);
        }
        return output;
    }

    void start() throws IOException {
        process = builder(command("run")).redirectErrorStream(true)
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
