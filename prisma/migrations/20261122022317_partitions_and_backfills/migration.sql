-- CreateEnum
CREATE TYPE "BackfillStatus" AS ENUM ('REQUESTED', 'COMPLETED', 'COMPLETED_WITH_FAILURES', 'FAILED', 'CANCELING', 'CANCELED');

-- AlterTable
ALTER TABLE "Run" ADD COLUMN     "backfillId" TEXT,
ADD COLUMN     "backfillRequestKey" TEXT,
ADD COLUMN     "partitionRangeEnd" TEXT,
ADD COLUMN     "partitionRangeStart" TEXT;

-- CreateTable
CREATE TABLE "AssetPartitionStatus" (
    "assetKey" TEXT NOT NULL,
    "materialized" JSONB NOT NULL DEFAULT '[]',
    "failed" JSONB NOT NULL DEFAULT '[]',
    "inProgress" JSONB NOT NULL DEFAULT '[]',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssetPartitionStatus_pkey" PRIMARY KEY ("assetKey")
);

-- CreateTable
CREATE TABLE "DynamicPartition" (
    "id" BIGSERIAL NOT NULL,
    "definitionName" TEXT NOT NULL,
    "partitionKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DynamicPartition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Backfill" (
    "id" TEXT NOT NULL,
    "status" "BackfillStatus" NOT NULL DEFAULT 'REQUESTED',
    "targets" JSONB NOT NULL,
    "strategy" TEXT NOT NULL,
    "onlyMissingOrFailed" BOOLEAN NOT NULL DEFAULT false,
    "runConfig" JSONB NOT NULL DEFAULT '{}',
    "tags" JSONB NOT NULL DEFAULT '{}',
    "launchedBy" TEXT NOT NULL DEFAULT 'unknown',
    "snapshotIds" JSONB NOT NULL DEFAULT '{}',
    "numPartitions" INTEGER NOT NULL DEFAULT 0,
    "numRuns" INTEGER NOT NULL DEFAULT 0,
    "numSubmitted" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "parentBackfillId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "endTime" TIMESTAMP(3),

    CONSTRAINT "Backfill_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DynamicPartition_definitionName_id_idx" ON "DynamicPartition"("definitionName", "id");

-- CreateIndex
CREATE UNIQUE INDEX "DynamicPartition_definitionName_partitionKey_key" ON "DynamicPartition"("definitionName", "partitionKey");

-- CreateIndex
CREATE INDEX "Backfill_createdAt_idx" ON "Backfill"("createdAt");

-- CreateIndex
CREATE INDEX "Backfill_status_idx" ON "Backfill"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Run_backfillId_backfillRequestKey_key" ON "Run"("backfillId", "backfillRequestKey");

-- CreateIndex
CREATE INDEX "Event_assetKey_partitionKey_id_idx" ON "Event"("assetKey", "partitionKey", "id");

-- AddForeignKey
ALTER TABLE "Run" ADD CONSTRAINT "Run_backfillId_fkey" FOREIGN KEY ("backfillId") REFERENCES "Backfill"("id") ON DELETE SET NULL ON UPDATE CASCADE;
