/**
 * Outgoing mail. With {@code spring.mail.host} set, mail goes to the host's SMTP server; without
 * it, an in-process SMTP server (GreenMail) receives it and admins read it in the "Dev mailbox"
 * view, so a trial install can walk the whole journey without an SMTP account.
 */
package org.chatterie.portal.mail;
