select r.*, p.name as plan_name
  from account_requests r
  join plans p on p.id = r.plan_id
 where r.state = :state
 order by r.requested_at, r.id
