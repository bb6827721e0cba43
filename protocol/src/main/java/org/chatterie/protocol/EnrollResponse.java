package org.chatterie.protocol;

/** The node's id: the {@code sub} and {@code kid} of every JWT it signs from now on. */
public record EnrollResponse(String nodeId, String nodeName) {}
