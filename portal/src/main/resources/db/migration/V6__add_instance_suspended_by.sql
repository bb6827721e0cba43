-- Who suspended an instance: a member may resume what they suspended, not what an admin (or the
-- over-quota policy) did.
alter table instances add column suspended_by text check (suspended_by in ('MEMBER', 'ADMIN', 'SYSTEM'));
