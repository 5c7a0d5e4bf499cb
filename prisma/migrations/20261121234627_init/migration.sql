-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "CodeLocationLoadStatus" AS ENUM ('LOADING', 'LOADED', 'ERROR');

-- CreateEnum
CREATE TYPE "RunStatus" AS ENUM ('QUEUED', 'STARTING', 'STARTED', 'SUCCESS', 'FAILURE', 'CANCELING', 'CANCELED');

-- CreateEnum
CREATE TYPE "StepStatus" AS ENUM ('PENDING', 'RUNNING', 'SUCCESS', 'FAILURE', 'SKIPPED', 'CANCELED');

-- CreateTable
CREATE TABLE "CodeLocation" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "modulePath" TEXT NOT NULL,
    "loadStatus" "CodeLocationLoadStatus" NOT NULL DEFAULT 'LOADING',
    "loadError" JSONB,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "currentSnapshotId" UUID,

    CONSTRAINT "CodeLocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DefinitionsSnapshot" (
    "id" UUID NOT NULL,
    "codeLocationId" UUID NOT NULL,
    "snapshotHash" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DefinitionsSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Run" (
    "id" UUID NOT NULL,
    "status" "RunStatus" NOT NULL DEFAULT 'QUEUED',
    "codeLocationName" TEXT NOT NULL,
    "snapshotId" UUID,
    "assetSelection" TEXT[],
    "partitionKey" TEXT,
    "runConfig" JSONB NOT NULL DEFAULT '{}',
    "tags" JSONB NOT NULL DEFAULT '{}',
    "launchedBy" TEXT NOT NULL DEFAULT 'unknown',
    "parentRunId" UUID,
    "rootRunId" UUID,
    "workerId" TEXT,
    "heartbeatAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startTime" TIMESTAMP(3),
    "endTime" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Run_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Step" (
    "id" UUID NOT NULL,
    "runId" UUID NOT NULL,
    "stepKey" TEXT NOT NULL,
    "assetKey" TEXT,
    "status" "StepStatus" NOT NULL DEFAULT 'PENDING',
    "attempt" INTEGER NOT NULL DEFAULT 0,
    "startTime" TIMESTAMP(3),
    "endTime" TIMESTAMP(3),

    CONSTRAINT "Step_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" BIGSERIAL NOT NULL,
    "runId" UUID,
    "stepKey" TEXT,
    "assetKey" TEXT,
    "partitionKey" TEXT,
    "eventType" TEXT NOT NULL,
    "level" TEXT NOT NULL DEFAULT 'INFO',
    "message" TEXT NOT NULL DEFAULT '',
    "data" JSONB,
    "timestamp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssetStatus" (
    "assetKey" TEXT NOT NULL,
    "lastMaterializationEventId" BIGINT,
    "lastMaterializationAt" TIMESTAMP(3),
    "lastMaterializationRunId" UUID,
    "lastObservationAt" TIMESTAMP(3),
    "lastFailureAt" TIMESTAMP(3),
    "lastFailureRunId" UUID,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssetStatus_pkey" PRIMARY KEY ("assetKey")
);

-- CreateIndex
CREATE UNIQUE INDEX "CodeLocation_name_key" ON "CodeLocation"("name");

-- CreateIndex
CREATE UNIQUE INDEX "CodeLocation_currentSnapshotId_key" ON "CodeLocation"("currentSnapshotId");

-- CreateIndex
CREATE UNIQUE INDEX "DefinitionsSnapshot_codeLocationId_snapshotHash_key" ON "DefinitionsSnapshot"("codeLocationId", "snapshotHash");

-- CreateIndex
CREATE INDEX "Run_status_createdAt_idx" ON "Run"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Run_createdAt_idx" ON "Run"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Step_runId_stepKey_key" ON "Step"("runId", "stepKey");

-- CreateIndex
CREATE INDEX "Event_runId_id_idx" ON "Event"("runId", "id");

-- CreateIndex
CREATE INDEX "Event_assetKey_eventType_id_idx" ON "Event"("assetKey", "eventType", "id");

-- AddForeignKey
ALTER TABLE "CodeLocation" ADD CONSTRAINT "CodeLocation_currentSnapshotId_fkey" FOREIGN KEY ("currentSnapshotId") REFERENCES "DefinitionsSnapshot"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DefinitionsSnapshot" ADD CONSTRAINT "DefinitionsSnapshot_codeLocationId_fkey" FOREIGN KEY ("codeLocationId") REFERENCES "CodeLocation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Run" ADD CONSTRAINT "Run_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "DefinitionsSnapshot"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Step" ADD CONSTRAINT "Step_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run"("id") ON DELETE CASCADE ON UPDATE CASCADE;
