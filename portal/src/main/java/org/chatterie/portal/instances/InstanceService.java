package org.chatterie.portal.instances;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.chatterie.portal.audit.Actor;
import org.chatterie.portal.audit.AuditService;
import org.chatterie.portal.catalog.AppManifest;
import org.chatterie.portal.catalog.CatalogService;
import org.chatterie.portal.members.Account;
import org.chatterie.portal.members.MemberService;
import org.chatterie.portal.nodes.Node;
import org.chatterie.portal.nodes.NodeService;
import org.chatterie.portal.nodes.NodeState;
import org.chatterie.portal.plans.Plan;
import org.chatterie.portal.plans.PlanService;
import org.chatterie.portal.system.ForbiddenException;
import org.chatterie.portal.system.InvalidInputException;
import org.chatterie.portal.system.Like;
import org.chatterie.portal.system.Tokens;
import org.chatterie.protocol.DesiredState;
import org.chatterie.protocol.InstanceSpec;
import org.chatterie.protocol.NodeReport;
import org.chatterie.protocol.Protocol;
import org.jdbi.v3.core.Jdbi;
import org.chatterie.portal.members.MemberSuspended;
import org.chatterie.portal.nodes.NodeRevoked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Installs, suspends, resumes and deletes instances; serves each node its desired state and
 * applies its reports. Members may act only on their own instances; admins on all. Every change
 * bumps the node's generation in the same transaction, so the agent sees it at its next poll.
 */
@Service
public class InstanceService {

    /** Advisory lock key serialising installs (any constant; PostgreSQL's lock space is per database). */
    private static final long INSTALL_LOCK = 0x43484154L;

    private static final Logger log = LoggerFactory.getLogger(InstanceService.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditService audit;
    private final MemberService members;
    private final PlanService plans;
    private final CatalogService catalog;
    private final NodeService nodes;
    private final InstancesProperties properties;
    private final QuotaWatch quota;

    public InstanceService(Jdbi jdbi, Clock clock, AuditService audit, MemberService members, PlanService plans,
                           CatalogService catalog, NodeService nodes, InstancesProperties properties) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.members = members;
        this.plans = plans;
        this.catalog = catalog;
        this.nodes = nodes;
        this.properties = properties;
        this.quota = new QuotaWatch(clock, audit, members, properties);
    }

    /** Installs an app into a member's cloud. {@code actor} is the member or an admin. */
    public InstanceRow install(String ownerEmail, String appId, Actor actor, boolean actorIsAdmin) {
        Account owner = members.findByEmail(ownerEmail)
                .orElseThrow(() -> InvalidInputException.of("member", "members.error.unknown"));
        if (!actorIsAdmin && !owner.email().equalsIgnoreCase(actor.name())) {
            throw new ForbiddenException("A member installs only into their own cloud");
        }
        AppManifest app = catalog.find(appId).orElseThrow(() -> InvalidInputException.of("app", "instances.error.app-unknown"));
        Plan plan = owner.planId() == null ? null : plans.findById(owner.planId()).orElse(null);
        if (plan == null) {
            throw InvalidInputException.of("member", "instances.error.no-plan");
        }
        String instanceId = Tokens.newId(6);
        Instant now = clock.instant();
        List<Node> candidates = nodes.onlineNodes();
        jdbi.useTransaction(handle -> {
            InstanceDao instances = handle.attach(InstanceDao.class);
            // One install at a time: the member's limits, the address and the chosen node's
            // capacity are all checked and taken in this transaction, so two installs cannot both
            // pass the same checks. Installs are rare; a short wait is the cheap price.
            handle.execute("select pg_advisory_xact_lock(?)", INSTALL_LOCK);
            var existing = instances.findActiveOf(owner.id());
            if (existing.stream().anyMatch(i -> i.appId().equals(app.id()))) {
                throw InvalidInputException.of("app", "instances.error.already-installed");
            }
            if (existing.size() >= plan.maxInstances()) {
                throw InvalidInputException.of("app", "instances.error.too-many", plan.maxInstances());
            }
            if (instances.usedBytes(owner.id()) >= plan.quotaBytes()) {
                throw InvalidInputException.of("app", "instances.error.over-quota");
            }
            String address = freeAddress(instances, app.id(), owner.email());
            InstanceSpec spec = SpecFactory.create(instanceId, owner.email(), address, app, plan);
            Node node = Placement.choose(candidates, n -> instances.committedMemory(n.id()),
                            spec.resources().memoryBytes(), spec.resources().diskQuotaBytes())
                    .orElseThrow(() -> {
                        log.warn("No node has room for {} ({} bytes of memory) asked by {}", app.id(),
                                spec.resources().memoryBytes(), owner.email());
                        return InvalidInputException.of("app", "instances.error.no-room");
                    });
            instances.insert(instanceId, owner.id(), app.id(), node.id(), address, SpecFactory.toJson(spec),
                    spec.specHash(), now);
            nodes.bumpGeneration(handle, node.id());
            audit.record(handle, actor, "instance.install", address, app.id() + " on " + node.name());
        });
        return find(instanceId);
    }

    /** {@code <app>-<member>[-n].<domain>}, the first label kept within DNS's 63 characters. */
    private String freeAddress(InstanceDao dao, String appId, String email) {
        String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (local.isEmpty()) {
            local = "member";
        }
        int room = Math.max(1, 63 - appId.length() - 1 - 4); // 4 for a "-NNN" suffix
        local = local.length() > Math.min(24, room) ? local.substring(0, Math.min(24, room)).replaceAll("-+$", "") : local;
        String base = appId + "-" + local;
        String address = base + "." + properties.domain();
        for (int n = 2; dao.addressTaken(address); n++) {
            address = base + "-" + n + "." + properties.domain();
        }
        return address;
    }

    public void suspend(String instanceId, Actor actor, boolean actorIsAdmin) {
        changeDesired(instanceId, Desired.SUSPENDED, "instance.suspend", actor, actorIsAdmin);
    }

    public void resume(String instanceId, Actor actor, boolean actorIsAdmin) {
        changeDesired(instanceId, Desired.RUNNING, "instance.resume", actor, actorIsAdmin);
    }

    /** Deletes the instance and, on the node, its data. */
    public void delete(String instanceId, Actor actor, boolean actorIsAdmin) {
        changeDesired(instanceId, Desired.DELETED, "instance.delete", actor, actorIsAdmin);
    }

    private void changeDesired(String instanceId, Desired desired, String action, Actor actor, boolean actorIsAdmin) {
        jdbi.useTransaction(handle -> {
            InstanceDao instances = handle.attach(InstanceDao.class);
            Instance instance = instances.findForUpdate(instanceId)
                    .orElseThrow(() -> InvalidInputException.of("instance", "instances.error.unknown"));
            if (!actorIsAdmin && !ownerEmail(instance).equalsIgnoreCase(actor.name())) {
                // Same answer as for an unknown id: a member learns nothing about others' instances.
                throw InvalidInputException.of("instance", "instances.error.unknown");
            }
            if (instance.desired() == desired || instance.desired() == Desired.DELETED) {
                return;
            }
            if (!actorIsAdmin && desired == Desired.RUNNING && instance.suspendedBy() != null
                    && !instance.suspendedBy().equals("MEMBER")) {
                throw InvalidInputException.of("instance", "instances.error.suspended-by-host");
            }
            long generation = nodes.bumpGeneration(handle, instance.nodeId());
            boolean nodeRevoked = nodes.findById(instance.nodeId()).map(n -> n.state() == NodeState.REVOKED).orElse(true);
            if (desired == Desired.DELETED && nodeRevoked) {
                // No agent will ever apply it: forget the instance now (its containers stay on that machine).
                instances.markDeleted(instanceId, generation, clock.instant());
                instances.purgeDeletedOnNode(instance.nodeId(), clock.instant());
            } else if (desired == Desired.DELETED) {
                instances.markDeleted(instanceId, generation, clock.instant());
            } else {
                String by = desired != Desired.SUSPENDED ? null
                        : !actorIsAdmin ? "MEMBER" : actor == Actor.SYSTEM ? "SYSTEM" : "ADMIN";
                instances.updateDesired(instanceId, desired, by, clock.instant());
            }
            audit.record(handle, actor, action, instance.address(), instance.appId());
        });
    }

    private String ownerEmail(Instance instance) {
        return members.findById(instance.accountId()).map(Account::email).orElse("");
    }

    public InstanceRow find(String instanceId) {
        return jdbi.withExtension(InstanceDao.class, dao -> dao.findRows(instanceId, null, null, null, "", 0, 1))
                .stream().findFirst()
                .orElseThrow(() -> InvalidInputException.of("instance", "instances.error.unknown"));
    }

    /** A member's own instances, newest first. */
    public List<InstanceRow> instancesOf(String email) {
        Account owner = members.findByEmail(email).orElseThrow();
        return jdbi.withExtension(InstanceDao.class, dao -> dao.findRows(null, owner.id(), null, null, "", 0, 1000));
    }

    public List<InstanceRow> search(String nodeId, Desired desired, String search, int offset, int limit) {
        return jdbi.withExtension(InstanceDao.class,
                dao -> dao.findRows(null, null, nodeId, desired, Like.escape(search), offset, limit));
    }

    public long usedBytes(String email) {
        return members.findByEmail(email)
                .map(a -> jdbi.withExtension(InstanceDao.class, dao -> dao.usedBytes(a.id()))).orElse(0L);
    }

    public long count(Desired desired) {
        return jdbi.withExtension(InstanceDao.class, dao -> dao.count(desired));
    }

    // --- the agent's side --------------------------------------------------------------------

    /** Everything the node should run now, and the tombstones it has not yet applied. */
    public DesiredState desiredState(String nodeId) {
        Node node = nodes.findById(nodeId).orElseThrow(() -> new ForbiddenException("Unknown node"));
        List<Instance> onNode = jdbi.withExtension(InstanceDao.class, dao -> dao.findOnNode(nodeId));
        List<InstanceSpec> specs = onNode.stream().filter(i -> i.desired() != Desired.DELETED)
                .map(i -> SpecFactory.fromJson(i.spec()).withRunning(i.desired() == Desired.RUNNING, i.specHash()))
                .toList();
        List<String> tombstones = onNode.stream().filter(i -> i.desired() == Desired.DELETED).map(Instance::id).toList();
        return new DesiredState(Protocol.VERSION, nodeId, node.desiredGeneration(), properties.domain(), specs, tombstones);
    }

    /** Records what the node observed; tombstones the node has applied are purged. */
    public void applyReport(String nodeId, NodeReport report) {
        Instant now = clock.instant();
        List<Long> accounts = jdbi.inTransaction(handle -> {
            nodes.recordReport(handle, nodeId, report);
            InstanceDao instances = handle.attach(InstanceDao.class);
            for (NodeReport.ObservedInstance seen : report.instances()) {
                // No sizes yet (the agent measures them off the pass, e.g. just after a restart):
                // keep the last known usage rather than dropping it to 0 and resetting quotas.
                Long bytes = seen.volumeBytes().isEmpty() ? null
                        : seen.volumeBytes().values().stream().mapToLong(Long::longValue).sum();
                instances.recordObservation(seen.instanceId(), nodeId, clip(seen.status(), 20), clip(seen.health(), 20),
                        clip(seen.specHash(), 64), clip(seen.error(), 500), bytes, clip(seen.address(), 64), now);
            }
            instances.purgeApplied(nodeId, report.appliedGeneration(), now);
            return instances.accountsOnNode(nodeId);
        });
        for (long accountId : accounts) {
            long used = jdbi.withExtension(InstanceDao.class, dao -> dao.usedBytes(accountId));
            if (quota.check(accountId, used)) {
                suspendAllOf(accountId);
            }
        }
    }

    /** A suspended member's apps stop too; their data is kept and they resume only on request. */
    @EventListener
    void onMemberSuspended(MemberSuspended event) {
        suspendAllOf(event.accountId(), "instance.suspend-member-suspended");
    }

    /**
     * The portal can no longer reach a revoked node: deletions waiting for it are dropped from
     * the portal (the containers stay on that machine until its operator removes them), the
     * rest show as errors so admins see which apps to reinstall elsewhere.
     */
    @EventListener
    void onNodeRevoked(NodeRevoked event) {
        jdbi.useTransaction(handle -> {
            InstanceDao dao = handle.attach(InstanceDao.class);
            dao.purgeDeletedOnNode(event.nodeId(), clock.instant());
            dao.markNodeLost(event.nodeId(), "node " + event.nodeName() + " was revoked", clock.instant());
        });
    }

    private void suspendAllOf(long accountId) {
        suspendAllOf(accountId, "instance.suspend-over-quota");
    }

    private void suspendAllOf(long accountId, String action) {
        var ids = jdbi.withExtension(InstanceDao.class, dao -> dao.findActiveOf(accountId)).stream()
                .filter(i -> i.desired() == Desired.RUNNING).map(Instance::id).toList();
        for (String id : ids) {
            changeDesired(id, Desired.SUSPENDED, action, Actor.SYSTEM, true);
        }
    }

    private static String clip(String value, int max) {
        if (value == null) {
            return null;
        }
        return value.length() > max ? value.substring(0, max) : value;
    }
}
