select i.id, i.app_id, a.email as owner_email, i.node_id, n.name as node_name, i.address, i.desired,
       i.observed_status, i.observed_health, i.observed_error,
       coalesce(i.observed_hash = i.spec_hash, false) as spec_applied, i.volume_bytes, i.created_at,
       i.suspended_by
  from instances i
  join accounts a on a.id = i.account_id
  join nodes n on n.id = i.node_id
 where i.purged_at is null
   and (cast(:id as text) is null or i.id = :id)
   and (cast(:accountId as bigint) is null or i.account_id = :accountId)
   and (cast(:nodeId as text) is null or i.node_id = :nodeId)
   and (cast(:desired as text) is null or i.desired = :desired)
   and (:search = '' or i.app_id ilike '%' || :search || '%' or a.email ilike '%' || :search || '%'
        or i.address ilike '%' || :search || '%')
 order by i.created_at desc, i.id
 limit :limit offset :offset
