/**
 * The Chatterie portal. Code is organised by feature: each sub-package owns its views, its
 * service, its DAOs and its SQL, and {@code system} holds the wiring that no feature owns
 * (database, security, layout). Features never form cycles; ArchUnit checks it.
 */
package org.chatterie.portal;
