/**
 * Wiring that no single feature owns: the database (embedded PostgreSQL by default, Jdbi),
 * security, the clock, the main layout and the login view. Features may use this package;
 * it never uses them, so it can be read first.
 */
package org.chatterie.portal.system;
