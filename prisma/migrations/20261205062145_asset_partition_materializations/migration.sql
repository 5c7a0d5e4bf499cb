-- CreateTable
CREATE TABLE "AssetPartitionMaterialization" (
    "assetKey" TEXT NOT NULL,
    "partitionKey" TEXT NOT NULL,
    "eventId" BIGINT NOT NULL,
    "codeVersion" TEXT,
    "materializedAt" TIMESTAMP(3) NOT NULL,
    "seq" BIGSERIAL NOT NULL,

    CONSTRAINT "AssetPartitionMaterialization_pkey" PRIMARY KEY ("assetKey","partitionKey")
);

-- CreateIndex
CREATE INDEX "AssetPartitionMaterialization_assetKey_seq_idx" ON "AssetPartitionMaterialization"("assetKey", "seq");

-- The latest materialization of every materialized partition, from the event log, the code version from the snapshot
-- of the run that made it (left null when that snapshot no longer names the asset).
INSERT INTO "AssetPartitionMaterialization" ("assetKey", "partitionKey", "eventId", "codeVersion", "materializedAt")
SELECT latest."assetKey", latest."partitionKey", latest."id",
       (SELECT node->>'codeVersion'
        FROM "Run" r
        JOIN "DefinitionsSnapshot" s ON s."id" = r."snapshotId",
             jsonb_array_elements(s."snapshot"->'assets') AS node
        WHERE r."id" = latest."runId"
          AND array_to_string(ARRAY(SELECT jsonb_array_elements_text(node->'key')), '/') = latest."assetKey"
        LIMIT 1),
       latest."timestamp"
FROM (
  SELECT DISTINCT ON ("assetKey", "partitionKey") "assetKey", "partitionKey", "id", "runId", "timestamp"
  FROM "Event"
  WHERE "eventType" = 'ASSET_MATERIALIZATION' AND "assetKey" IS NOT NULL AND "partitionKey" IS NOT NULL
  ORDER BY "assetKey", "partitionKey", "id" DESC
) AS latest;
