/**
 * Plans: the storage quota a member is given (Free 5 GB, Association 50 GB, Large 1000 GB
 * by default). Admins edit them; requests and member accounts refer to one.
 */
package org.chatterie.portal.plans;
