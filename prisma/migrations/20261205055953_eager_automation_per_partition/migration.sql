-- AlterTable
ALTER TABLE "AutomationState" ADD COLUMN     "claimVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "pendingPartitions" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "requestedPartitions" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "upstreamEventCursor" BIGINT;
