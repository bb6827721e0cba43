select a.id, a.email, a.display_name, a.role, a.state, p.name as plan_name,
       a.password_hash is not null as activated, a.created_at
  from accounts a
  left join plans p on p.id = a.plan_id
 where (:search = '' or a.email ilike '%' || :search || '%' or a.display_name ilike '%' || :search || '%')
   and (:state = '' or a.state = :state)
 order by a.created_at desc, a.id desc
 limit :limit offset :offset
