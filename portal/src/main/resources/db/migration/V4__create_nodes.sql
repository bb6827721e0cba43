-- Nodes: machines running the agent. A node proves who it is with JWTs signed by its own key;
-- only the public key (a JWK, EC P-256) is stored here.
create table nodes (
    id                 text        primary key,
    name               text        not null,
    public_key         jsonb       not null,
    state              text        not null check (state in ('ACTIVE', 'REVOKED')),
    enrolled_at        timestamptz not null,
    enrolled_by        text        not null,
    revoked_at         timestamptz,
    last_seen_at       timestamptz,
    hostname           text,
    agent_version      text,
    docker_version     text,
    cpus               integer,
    memory_bytes       bigint,
    disk_total_bytes   bigint,
    disk_free_bytes    bigint,
    -- Bumped whenever anything placed on the node changes: the agent's desired state version.
    desired_generation bigint      not null default 1,
    applied_generation bigint      not null default 0
);
create unique index nodes_name_key on nodes (lower(name)) where state = 'ACTIVE';

-- One-time enrollment tokens. Only a SHA-256 of the token is stored.
create table enrollment_tokens (
    token_hash text        primary key,
    node_name  text        not null,
    created_by text        not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz,
    node_id    text        references nodes (id)
);
