-- The anonymity thresholds in force when a cycle opened apply to that cycle's report for good: a threshold changed
-- while a cycle is open applies from the next cycle, so nobody can lower k to read a running check-in.
alter table cycle add column k_threshold integer, add column comment_threshold integer;

-- Existing cycles keep the thresholds in force today (the effective team override or the organisation default).
update cycle c
set k_threshold = coalesce(t.k_threshold, o.k_threshold),
    comment_threshold = coalesce(t.comment_threshold, o.comment_threshold)
from team t, org_settings o
where t.id = c.team_id and o.id = 1;

alter table cycle
    alter column k_threshold set not null,
    alter column comment_threshold set not null,
    add constraint cycle_k_threshold_min check (k_threshold >= 3),
    add constraint cycle_comment_threshold_min check (comment_threshold >= 3);
