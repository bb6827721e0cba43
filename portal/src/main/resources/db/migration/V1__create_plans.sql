-- Plans: the storage a member gets. Quotas in bytes, decimal gigabytes in the UI.
create table plans (
    id          bigserial primary key,
    code        text    not null unique,
    name        text    not null,
    quota_bytes bigint  not null check (quota_bytes > 0),
    position    integer not null default 0,
    active      boolean not null default true
);
create unique index plans_name_key on plans (lower(name));

insert into plans (code, name, quota_bytes, position) values
    ('free',        'Free',        5000000000,    1),
    ('association', 'Association', 50000000000,   2),
    ('large',       'Large',       1000000000000, 3);
