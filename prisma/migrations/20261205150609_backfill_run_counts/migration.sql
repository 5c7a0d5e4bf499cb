-- CreateTable
CREATE TABLE "BackfillRunCount" (
    "backfillId" TEXT NOT NULL,
    "status" "RunStatus" NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "BackfillRunCount_pkey" PRIMARY KEY ("backfillId","status")
);

-- CreateIndex
CREATE INDEX "Run_backfillId_createdAt_idx" ON "Run"("backfillId", "createdAt");

-- AddForeignKey
ALTER TABLE "BackfillRunCount" ADD CONSTRAINT "BackfillRunCount_backfillId_fkey" FOREIGN KEY ("backfillId") REFERENCES "Backfill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Keep BackfillRunCount in step with Run: every insert, status change and delete of a backfill's run moves one count.
-- The migration runner splits statements at every semicolon, so the function body writes each as the escape \073
CREATE FUNCTION "strata_count_backfill_runs"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP IN (''UPDATE'', ''DELETE'') AND OLD."backfillId" IS NOT NULL THEN
    UPDATE "BackfillRunCount" SET "count" = "count" - 1
    WHERE "backfillId" = OLD."backfillId" AND "status" = OLD."status"\073
  END IF\073
  IF TG_OP IN (''INSERT'', ''UPDATE'') AND NEW."backfillId" IS NOT NULL THEN
    INSERT INTO "BackfillRunCount" ("backfillId", "status", "count") VALUES (NEW."backfillId", NEW."status", 1)
    ON CONFLICT ("backfillId", "status") DO UPDATE SET "count" = "BackfillRunCount"."count" + 1\073
  END IF\073
  RETURN NULL\073
END\073
';

CREATE TRIGGER "Run_backfillRunCount_insert_delete" AFTER INSERT OR DELETE ON "Run"
FOR EACH ROW EXECUTE FUNCTION "strata_count_backfill_runs"();

CREATE TRIGGER "Run_backfillRunCount_update" AFTER UPDATE OF "status", "backfillId" ON "Run"
FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."backfillId" IS DISTINCT FROM NEW."backfillId")
EXECUTE FUNCTION "strata_count_backfill_runs"();

-- The runs backfills already have
INSERT INTO "BackfillRunCount" ("backfillId", "status", "count")
SELECT "backfillId", "status", count(*)::int FROM "Run" WHERE "backfillId" IS NOT NULL GROUP BY "backfillId", "status";
