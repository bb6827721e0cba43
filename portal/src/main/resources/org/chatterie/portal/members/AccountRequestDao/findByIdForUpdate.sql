select r.*, p.name as plan_name
  from account_requests r
  join plans p on p.id = r.plan_id
 where r.id = :id
   for update of r
