package org.chatterie.portal.members;

/** What an account may do. Spring Security sees them as {@code ROLE_ADMIN} / {@code ROLE_MEMBER}. */
public enum Role { ADMIN, MEMBER }
