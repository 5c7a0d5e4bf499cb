-- CreateEnum
CREATE TYPE "ComputeLogStream" AS ENUM ('STDOUT', 'STDERR');

-- AlterTable
ALTER TABLE "Run" ADD COLUMN     "queuedReason" TEXT;

-- CreateTable
CREATE TABLE "ComputeLog" (
    "id" BIGSERIAL NOT NULL,
    "runId" UUID NOT NULL,
    "stepKey" TEXT NOT NULL,
    "stream" "ComputeLogStream" NOT NULL,
    "chunk" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ComputeLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ComputeLog_runId_stepKey_id_idx" ON "ComputeLog"("runId", "stepKey", "id");

-- AddForeignKey
ALTER TABLE "ComputeLog" ADD CONSTRAINT "ComputeLog_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run"("id") ON DELETE CASCADE ON UPDATE CASCADE;
