insert into accounts (email, display_name, password_hash, role, state, plan_id, locale, created_at, updated_at)
values (:email, :displayName, :passwordHash, :role, 'ACTIVE', :planId, :locale, :now, :now)
