-- Limits each plan gives an instance (the manifest may ask for less, never for more).
alter table plans add column memory_limit_bytes bigint  not null default 536870912;
alter table plans add column cpu_limit          numeric not null default 1.0;
alter table plans add column pids_limit         integer not null default 256;
alter table plans add column max_instances      integer not null default 3;
update plans set memory_limit_bytes = 2147483648, cpu_limit = 2, pids_limit = 1024, max_instances = 10
 where code = 'association';
update plans set memory_limit_bytes = 4294967296, cpu_limit = 4, pids_limit = 2048, max_instances = 25
 where code = 'large';

-- What a member chose to run: one app instance in their personal cloud, placed on one node.
create table instances (
    id                 text        primary key,
    account_id         bigint      not null references accounts (id),
    app_id             text        not null,
    node_id            text        not null references nodes (id),
    address            text        not null,
    spec               jsonb       not null,
    spec_hash          text        not null,
    desired            text        not null check (desired in ('RUNNING', 'SUSPENDED', 'DELETED')),
    -- The node generation that carried the deletion; the tombstone goes once the node applied it.
    deleted_generation bigint,
    purged_at          timestamptz,
    observed_status    text,
    observed_health    text,
    observed_hash      text,
    observed_error     text,
    observed_at        timestamptz,
    volume_bytes       bigint      not null default 0,
    container_address  text,
    created_at         timestamptz not null,
    updated_at         timestamptz not null
);
create unique index instances_address_key on instances (address) where purged_at is null;
create index instances_node on instances (node_id) where purged_at is null;
create index instances_account on instances (account_id) where purged_at is null;

alter table accounts add column over_quota_since timestamptz;
