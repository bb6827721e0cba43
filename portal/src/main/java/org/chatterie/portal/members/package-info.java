/**
 * Members and their accounts: the public request form, the admin's decision on each request,
 * activation by a one-time password link, the members list (plan, active/suspended), the
 * member's own "my cloud" page, and the first administrator. Local passwords are hashed with
 * the delegating encoder (bcrypt today, upgradable); OIDC logins map to local accounts by
 * e-mail.
 */
package org.chatterie.portal.members;
