insert into account_requests (name, email, plan_id, reason, locale, terms_accepted_at, requested_at,
                              requested_from, state)
values (:name, :email, :planId, :reason, :locale, :now, :now, :from, 'PENDING')
