-- Accounts: admins and members. A member approved but not yet activated has no password.
create table accounts (
    id            bigserial primary key,
    email         text        not null,
    display_name  text        not null,
    password_hash text,
    role          text        not null check (role in ('ADMIN', 'MEMBER')),
    state         text        not null check (state in ('ACTIVE', 'SUSPENDED')),
    plan_id       bigint      references plans (id),
    locale        text        not null default 'fr',
    created_at    timestamptz not null,
    updated_at    timestamptz not null
);
create unique index accounts_email_key on accounts (lower(email));

-- Account requests from the public form, and the admin's decision on each.
create table account_requests (
    id                bigserial primary key,
    name              text        not null,
    email             text        not null,
    plan_id           bigint      not null references plans (id),
    reason            text        not null,
    locale            text        not null,
    terms_accepted_at timestamptz not null,
    requested_at      timestamptz not null,
    requested_from    text        not null,
    state             text        not null check (state in ('PENDING', 'APPROVED', 'REFUSED')),
    decided_at        timestamptz,
    decided_by        text,
    refusal_reason    text,
    account_id        bigint      references accounts (id)
);
-- At most one pending request per address: the second one is refused politely.
create unique index account_requests_one_pending on account_requests (lower(email)) where state = 'PENDING';
create index account_requests_from_time on account_requests (requested_from, requested_at);
create index account_requests_email_time on account_requests (lower(email), requested_at);

-- One-time links to set a password. Only a SHA-256 of the token is stored.
create table password_links (
    token_hash text primary key,
    account_id bigint      not null references accounts (id) on delete cascade,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index password_links_account on password_links (account_id);
