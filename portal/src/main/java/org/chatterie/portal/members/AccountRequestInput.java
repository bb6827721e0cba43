package org.chatterie.portal.members;

/** What the public form sends. Everything may be missing or wrong; the service checks it all. */
public record AccountRequestInput(String name, String email, Long planId, String reason,
                                  boolean termsAccepted, String locale) {}
