package org.chatterie.protocol;

/** Constants both sides agree on. */
public final class Protocol {

    /** Bumped only for incompatible changes; additions keep the version. */
    public static final int VERSION = 1;

    /** JWT audience of agent tokens. */
    public static final String AUDIENCE = "chatterie-portal";

    /** Label on every container and volume the agent creates: the instance id. */
    public static final String LABEL_INSTANCE = "org.chatterie.instance";
    /** Label with the spec hash the container was created from; a different hash means recreate. */
    public static final String LABEL_SPEC_HASH = "org.chatterie.spec-hash";
    /** Label naming the node that owns the object. */
    public static final String LABEL_NODE = "org.chatterie.node";
    /** Label marking objects as Chatterie's; the agent never touches anything without it. */
    public static final String LABEL_MANAGED = "org.chatterie.managed";
    /** Label with the volume's name in the manifest (volumes only). */
    public static final String LABEL_VOLUME = "org.chatterie.volume";
    /** Label with the volume's backup policy (volumes only). */
    public static final String LABEL_BACKUP = "org.chatterie.backup";

    private Protocol() {}

    public static String containerName(String instanceId) {
        return "chatterie-" + instanceId;
    }

    public static String volumeName(String instanceId, String volume) {
        return "chatterie-" + instanceId + "-" + volume;
    }
}
