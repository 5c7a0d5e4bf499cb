-- The counts trigger of 20261205150609_backfill_run_counts moved one run's old status count and then its new one's.
-- A run going back to QUEUED (STARTED, then QUEUED) while another run of the backfill started (QUEUED, then STARTED)
-- locked the same two BackfillRunCount rows in opposite orders, and the two transactions could deadlock. The same held
-- for any two transactions changing several runs of a backfill.
-- Now one trigger per statement sums the statement's changes per backfill and status, takes a transaction lock per
-- backfill (in one fixed order: by the lock key, then the id) before touching that backfill's counts, and applies the sums in one
-- upsert. Every writer of a backfill's counts queues on that one lock first, so no two of them can wait on each other
-- inside one backfill, however many statements they run. The lock is distinct from the backfill lock the daemon
-- submits under (strata.backfill), which it always takes first.
-- The migration runner splits statements at every semicolon, so the function body writes each as the escape \073
DROP TRIGGER "Run_backfillRunCount_insert_delete" ON "Run";
DROP TRIGGER "Run_backfillRunCount_update" ON "Run";
DROP FUNCTION "strata_count_backfill_runs"();

CREATE FUNCTION "strata_count_backfill_runs"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  ids TEXT[]\073
  statuses "RunStatus"[]\073
  deltas INTEGER[]\073
  backfill TEXT\073
BEGIN
  IF TG_OP = ''INSERT'' THEN
    SELECT array_agg("backfillId"), array_agg("status"), array_agg(n) INTO ids, statuses, deltas
    FROM (SELECT "backfillId", "status", count(*)::int AS n FROM new_runs WHERE "backfillId" IS NOT NULL
          GROUP BY "backfillId", "status") d\073
  ELSIF TG_OP = ''DELETE'' THEN
    SELECT array_agg("backfillId"), array_agg("status"), array_agg(n) INTO ids, statuses, deltas
    FROM (SELECT "backfillId", "status", -count(*)::int AS n FROM old_runs WHERE "backfillId" IS NOT NULL
          GROUP BY "backfillId", "status") d\073
  ELSE
    SELECT array_agg("backfillId"), array_agg("status"), array_agg(n) INTO ids, statuses, deltas
    FROM (SELECT "backfillId", "status", sum(n)::int AS n
          FROM (SELECT "backfillId", "status", 1 AS n FROM new_runs WHERE "backfillId" IS NOT NULL
                UNION ALL
                SELECT "backfillId", "status", -1 AS n FROM old_runs WHERE "backfillId" IS NOT NULL) changes
          GROUP BY "backfillId", "status" HAVING sum(n) <> 0) d\073
  END IF\073
  IF ids IS NULL THEN
    RETURN NULL\073
  END IF\073
  FOR backfill IN SELECT id FROM unnest(ids) AS id GROUP BY id ORDER BY hashtext(id), id LOOP
    PERFORM pg_advisory_xact_lock(hashtext(''strata.backfill_run_counts''), hashtext(backfill))\073
  END LOOP\073
  INSERT INTO "BackfillRunCount" AS c ("backfillId", "status", "count")
  SELECT d.id, d.status, d.n FROM unnest(ids, statuses, deltas) AS d(id, status, n)
  JOIN "Backfill" b ON b."id" = d.id
  ORDER BY d.id, d.status
  ON CONFLICT ("backfillId", "status") DO UPDATE SET "count" = c."count" + EXCLUDED."count"\073
  RETURN NULL\073
END\073
';

-- Transition tables need one trigger per event, and no column list: every UPDATE statement on Run runs it once, and a
-- statement that moves no backfill run between statuses ends at the first query.
CREATE TRIGGER "Run_backfillRunCount_insert" AFTER INSERT ON "Run"
REFERENCING NEW TABLE AS new_runs FOR EACH STATEMENT EXECUTE FUNCTION "strata_count_backfill_runs"();

CREATE TRIGGER "Run_backfillRunCount_update" AFTER UPDATE ON "Run"
REFERENCING OLD TABLE AS old_runs NEW TABLE AS new_runs FOR EACH STATEMENT EXECUTE FUNCTION "strata_count_backfill_runs"();

CREATE TRIGGER "Run_backfillRunCount_delete" AFTER DELETE ON "Run"
REFERENCING OLD TABLE AS old_runs FOR EACH STATEMENT EXECUTE FUNCTION "strata_count_backfill_runs"();
