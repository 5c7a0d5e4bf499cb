-- CreateEnum
CREATE TYPE "CodeLocationKind" AS ENUM ('MODULE', 'OPENLINEAGE');

-- AlterTable
ALTER TABLE "CodeLocation" ADD COLUMN     "kind" "CodeLocationKind" NOT NULL DEFAULT 'MODULE';

-- AlterTable
ALTER TABLE "AssetStatus" ADD COLUMN     "lastFailureMessage" TEXT;

-- CreateTable
CREATE TABLE "LineageEvent" (
    "id" BIGSERIAL NOT NULL,
    "eventHash" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "eventType" TEXT,
    "eventTime" TIMESTAMP(3) NOT NULL,
    "runId" UUID,
    "jobNamespace" TEXT,
    "jobName" TEXT,
    "payload" JSONB NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LineageEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExternalDataset" (
    "assetKey" TEXT NOT NULL,
    "namespace" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "facets" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExternalDataset_pkey" PRIMARY KEY ("assetKey")
);

-- CreateTable
CREATE TABLE "ExternalJob" (
    "namespace" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "inputKeys" TEXT[],
    "outputKeys" TEXT[],
    "facets" JSONB NOT NULL DEFAULT '{}',
    "parentNamespace" TEXT,
    "parentName" TEXT,
    "latestRunId" UUID,
    "latestState" TEXT,
    "latestEventTime" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExternalJob_pkey" PRIMARY KEY ("namespace","name")
);

-- CreateTable
CREATE TABLE "ExternalRun" (
    "runId" UUID NOT NULL,
    "jobNamespace" TEXT NOT NULL,
    "jobName" TEXT NOT NULL,
    "parentRunId" UUID,
    "state" TEXT NOT NULL,
    "nominalStartTime" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "lastEventTime" TIMESTAMP(3) NOT NULL,
    "errorMessage" TEXT,
    "outputKeys" TEXT[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExternalRun_pkey" PRIMARY KEY ("runId")
);

-- CreateIndex
CREATE UNIQUE INDEX "LineageEvent_eventHash_key" ON "LineageEvent"("eventHash");

-- CreateIndex
CREATE INDEX "LineageEvent_runId_eventTime_idx" ON "LineageEvent"("runId", "eventTime");

-- CreateIndex
CREATE INDEX "LineageEvent_jobNamespace_jobName_eventTime_idx" ON "LineageEvent"("jobNamespace", "jobName", "eventTime");

-- CreateIndex
CREATE UNIQUE INDEX "ExternalDataset_namespace_name_key" ON "ExternalDataset"("namespace", "name");

-- CreateIndex
CREATE INDEX "ExternalRun_parentRunId_idx" ON "ExternalRun"("parentRunId");

-- CreateIndex
CREATE INDEX "ExternalRun_jobNamespace_jobName_lastEventTime_idx" ON "ExternalRun"("jobNamespace", "jobName", "lastEventTime");

-- CreateIndex
CREATE INDEX "ExternalRun_state_idx" ON "ExternalRun"("state");
