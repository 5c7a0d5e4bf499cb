-- CreateEnum
CREATE TYPE "LineageDeliveryStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "LineageOutboxEvent" (
    "id" BIGSERIAL NOT NULL,
    "sourceEventId" BIGINT NOT NULL,
    "runId" UUID NOT NULL,
    "stepKey" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "LineageDeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "LineageOutboxEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LineageOutboxEvent_sourceEventId_key" ON "LineageOutboxEvent"("sourceEventId");

-- CreateIndex
CREATE INDEX "LineageOutboxEvent_status_nextAttemptAt_idx" ON "LineageOutboxEvent"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "LineageOutboxEvent_runId_idx" ON "LineageOutboxEvent"("runId");
