package org.chatterie.portal.instances;

/**
 * What people see: one word derived from what was asked and what the node last saw. The
 * translation key is {@code instance.status.<name>}.
 */
public enum InstanceStatus {
    PENDING, CREATING, STARTING, RUNNING, UNHEALTHY, SUSPENDING, SUSPENDED, DELETING, ERROR;

    /** Transitional states: the UI keeps refreshing while one is shown. */
    public boolean inProgress() {
        return this == PENDING || this == CREATING || this == STARTING || this == SUSPENDING || this == DELETING;
    }

    static InstanceStatus of(Desired desired, String status, String health, String error, boolean specApplied) {
        if (desired == Desired.DELETED) {
            return DELETING;
        }
        if (error != null && !error.isBlank()) {
            return ERROR;
        }
        if (status == null) {
            return PENDING;
        }
        if (desired == Desired.SUSPENDED) {
            return status.equals("running") || status.equals("restarting") ? SUSPENDING : SUSPENDED;
        }
        if (status.equals("restarting")) {
            return ERROR; // Docker keeps restarting it: the app crashes at start
        }
        boolean running = status.equals("running");
        if (!specApplied || status.equals("missing") || status.equals("created")) {
            return CREATING;
        }
        if (!running) {
            return ERROR;
        }
        return switch (health == null ? "none" : health) {
            case "starting" -> STARTING;
            case "unhealthy" -> UNHEALTHY;
            default -> RUNNING;
        };
    }
}
