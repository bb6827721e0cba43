/**
 * The node's reverse proxy: Debian's nginx, run by the agent with its own configuration and
 * pid file under the state directory, routing each instance's address to its container on the
 * {@code chatterie} network. The configuration is regenerated from the desired state after every
 * reconcile pass and nginx is reloaded only when it changed.
 */
package org.chatterie.agent.proxy;
