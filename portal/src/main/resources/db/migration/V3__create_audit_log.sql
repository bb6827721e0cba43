-- Append-only record of admin decisions and member state changes.
create table audit_log (
    id             bigserial primary key,
    at             timestamptz not null,
    actor          text        not null,
    action         text        not null,
    target         text        not null,
    detail         text        not null default '',
    remote_address text        not null
);
create index audit_log_at on audit_log (at desc);
create index audit_log_action on audit_log (action);
