/**
 * "My cloud", the member's home: profile, plan, storage used against quota, the apps they run
 * (with live status and address) and the catalog to install more. It brings members, instances
 * and catalog together for one person; nothing depends on it.
 */
package org.chatterie.portal.cloud;
