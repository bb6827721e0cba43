/**
 * Instances: the apps members run in their personal cloud. Installing places an instance on a
 * node with room, records its spec (image, env, volumes, limits from the manifest capped by the
 * member's plan) and bumps the node's desired-state generation; the node's agent pulls that state,
 * reconciles Docker and reports what it observed, which this package turns into a status people
 * understand (pending, creating, running, error in words...). Disk usage is measured per volume by
 * the agent and compared to the plan's quota.
 */
package org.chatterie.portal.instances;
