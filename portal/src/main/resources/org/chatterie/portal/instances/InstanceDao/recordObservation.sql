update instances
   set observed_status   = :status,
       observed_health   = :health,
       observed_hash     = :hash,
       observed_error    = :error,
       volume_bytes      = coalesce(cast(:volumeBytes as bigint), volume_bytes),
       container_address = :containerAddress,
       observed_at       = :now
 where id = :id
   and node_id = :nodeId
   and purged_at is null
