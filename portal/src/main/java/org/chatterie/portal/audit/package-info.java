/**
 * The audit log: who did what, when and from where. Every admin decision and every change of
 * a member's state is recorded in the same transaction as the change itself, so the log
 * cannot miss an action that happened nor show one that was rolled back.
 */
package org.chatterie.portal.audit;
