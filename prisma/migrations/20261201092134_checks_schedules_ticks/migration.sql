-- CreateEnum
CREATE TYPE "AssetCheckExecutionStatus" AS ENUM ('IN_PROGRESS', 'SUCCEEDED', 'FAILED', 'ERRORED', 'SKIPPED');

-- CreateEnum
CREATE TYPE "InstigatorType" AS ENUM ('SCHEDULE', 'SENSOR');

-- CreateEnum
CREATE TYPE "InstigatorStatus" AS ENUM ('RUNNING', 'STOPPED');

-- CreateEnum
CREATE TYPE "TickStatus" AS ENUM ('STARTED', 'SUCCESS', 'SKIPPED', 'FAILURE');

-- CreateTable
CREATE TABLE "AssetCheckExecution" (
    "id" BIGSERIAL NOT NULL,
    "assetKey" TEXT NOT NULL,
    "checkName" TEXT NOT NULL,
    "runId" UUID,
    "partitionKey" TEXT,
    "status" "AssetCheckExecutionStatus" NOT NULL,
    "severity" TEXT NOT NULL,
    "blocking" BOOLEAN NOT NULL DEFAULT false,
    "message" TEXT,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endTime" TIMESTAMP(3),

    CONSTRAINT "AssetCheckExecution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssetCheckStatus" (
    "assetKey" TEXT NOT NULL,
    "checkName" TEXT NOT NULL,
    "lastExecutionId" BIGINT NOT NULL,
    "status" "AssetCheckExecutionStatus" NOT NULL,
    "severity" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssetCheckStatus_pkey" PRIMARY KEY ("assetKey","checkName")
);

-- CreateTable
CREATE TABLE "InstigatorState" (
    "codeLocationName" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "InstigatorType" NOT NULL,
    "status" "InstigatorStatus",
    "cursor" TEXT,
    "lastEvaluatedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InstigatorState_pkey" PRIMARY KEY ("codeLocationName","name")
);

-- CreateTable
CREATE TABLE "Tick" (
    "id" BIGSERIAL NOT NULL,
    "codeLocationName" TEXT NOT NULL,
    "instigatorName" TEXT NOT NULL,
    "type" "InstigatorType" NOT NULL,
    "status" "TickStatus" NOT NULL,
    "tickTime" TIMESTAMP(3) NOT NULL,
    "evaluatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "runIds" TEXT[],
    "skipReason" TEXT,
    "error" TEXT,
    "cursor" TEXT,

    CONSTRAINT "Tick_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AssetCheckExecution_assetKey_checkName_id_idx" ON "AssetCheckExecution"("assetKey", "checkName", "id");

-- CreateIndex
CREATE INDEX "AssetCheckExecution_runId_idx" ON "AssetCheckExecution"("runId");

-- CreateIndex
CREATE INDEX "Tick_codeLocationName_instigatorName_id_idx" ON "Tick"("codeLocationName", "instigatorName", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Tick_codeLocationName_instigatorName_tickTime_key" ON "Tick"("codeLocationName", "instigatorName", "tickTime");
