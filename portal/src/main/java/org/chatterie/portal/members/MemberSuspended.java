package org.chatterie.portal.members;

/**
 * Published after a member is suspended, so the member's running apps can be suspended too
 * without the members feature knowing about apps.
 */
public record MemberSuspended(long accountId, String email) {}
