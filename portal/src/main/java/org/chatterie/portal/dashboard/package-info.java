/**
 * The admin's dashboard and the home route that sends each person to their own start page.
 * It reads from the other features and nothing depends on it.
 */
package org.chatterie.portal.dashboard;
