package org.chatterie.agent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The agent's command line: {@code enroll --portal URL --token T} or {@code run} (the default).
 * Accepts {@code --name value} and {@code --name=value}; Spring's own {@code --property=value}
 * options pass through untouched.
 */
record AgentCommandLine(String command, Map<String, String> options) {

    static final Set<String> COMMANDS = Set.of("enroll", "run");

    static AgentCommandLine parse(String[] args) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                int equals = name.indexOf('=');
                if (equals >= 0) {
                    options.put(name.substring(0, equals), name.substring(equals + 1));
                } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    options.put(name, args[++i]);
                } else {
                    options.put(name, "");
                }
            } else {
                positional.add(arg);
            }
        }
        String command = positional.isEmpty() ? "run" : positional.get(0);
        if (!COMMANDS.contains(command)) {
            throw new IllegalArgumentException("Unknown command '" + command + "'. Use: enroll --portal URL --token T | run");
        }
        return new AgentCommandLine(command, options);
    }

    String require(String option) {
        String value = options.get(option);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing --" + option + ". Use: enroll --portal URL --token T");
        }
        return value;
    }
}
