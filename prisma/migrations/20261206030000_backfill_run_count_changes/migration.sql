-- A backfill's run counts were one row per status, moved under a lock per backfill by every status change of its
-- runs: a worker's claim of one run (QUEUED to STARTED) waited for another run's end (STARTED to SUCCESS) to commit,
-- and every run of a backfill took its turn on that lock. Now a status change only adds rows to
-- BackfillRunCountChange (-1 for the old status, +1 for the new), which no other writer waits on. A backfill's count
-- of a status is its BackfillRunCount row plus its changes. The daemon folds the changes into the rows as it ticks.
-- The migration runner splits statements at every semicolon, so the function body writes each as the escape \073

-- CreateTable
CREATE TABLE "BackfillRunCountChange" (
    "id" BIGSERIAL NOT NULL,
    "backfillId" TEXT NOT NULL,
    "status" "RunStatus" NOT NULL,
    "delta" INTEGER NOT NULL,

    CONSTRAINT "BackfillRunCountChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BackfillRunCountChange_backfillId_idx" ON "BackfillRunCountChange"("backfillId");

-- AddForeignKey
ALTER TABLE "BackfillRunCountChange" ADD CONSTRAINT "BackfillRunCountChange_backfillId_fkey" FOREIGN KEY ("backfillId") REFERENCES "Backfill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

DROP TRIGGER "Run_backfillRunCount_insert" ON "Run";
DROP TRIGGER "Run_backfillRunCount_update" ON "Run";
DROP TRIGGER "Run_backfillRunCount_delete" ON "Run";
DROP FUNCTION "strata_count_backfill_runs"();

-- One trigger per statement still sums the statement's changes per backfill and status. The sums are inserted, never
-- updated in place, so no lock is taken but the key share on each backfill's row. A run whose backfill is being
-- deleted (its link cleared by the delete) counts for nothing: the join finds no backfill.
CREATE FUNCTION "strata_count_backfill_runs"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO "BackfillRunCountChange" ("backfillId", "status", "delta")
    SELECT d."backfillId", d."status", d.n FROM (
      SELECT "backfillId", "status", count(*)::int AS n FROM new_runs WHERE "backfillId" IS NOT NULL
      GROUP BY "backfillId", "status") d
    JOIN "Backfill" b ON b."id" = d."backfillId"\073
  ELSIF TG_OP = ''DELETE'' THEN
    INSERT INTO "BackfillRunCountChange" ("backfillId", "status", "delta")
    SELECT d."backfillId", d."status", d.n FROM (
      SELECT "backfillId", "status", -count(*)::int AS n FROM old_runs WHERE "backfillId" IS NOT NULL
      GROUP BY "backfillId", "status") d
    JOIN "Backfill" b ON b."id" = d."backfillId"\073
  ELSE
    INSERT INTO "BackfillRunCountChange" ("backfillId", "status", "delta")
    SELECT d."backfillId", d."status", d.n FROM (
      SELECT "backfillId", "status", sum(n)::int AS n
      FROM (SELECT "backfillId", "status", 1 AS n FROM new_runs WHERE "backfillId" IS NOT NULL
            UNION ALL
            SELECT "backfillId", "status", -1 AS n FROM old_runs WHERE "backfillId" IS NOT NULL) changes
      GROUP BY "backfillId", "status" HAVING sum(n) <> 0) d
    JOIN "Backfill" b ON b."id" = d."backfillId"\073
  END IF\073
  RETURN NULL\073
END\073
';

CREATE TRIGGER "Run_backfillRunCount_insert" AFTER INSERT ON "Run"
REFERENCING NEW TABLE AS new_runs FOR EACH STATEMENT EXECUTE FUNCTION "strata_count_backfill_runs"();

CREATE TRIGGER "Run_backfillRunCount_update" AFTER UPDATE ON "Run"
REFERENCING OLD TABLE AS old_runs NEW TABLE AS new_runs FOR EACH STATEMENT EXECUTE FUNCTION "strata_count_backfill_runs"();

CREATE TRIGGER "Run_backfillRunCount_delete" AFTER DELETE ON "Run"
REFERENCING OLD TABLE AS old_runs FOR EACH STATEMENT EXECUTE FUNCTION "strata_count_backfill_runs"();
