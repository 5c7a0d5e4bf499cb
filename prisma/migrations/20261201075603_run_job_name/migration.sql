-- AlterTable
ALTER TABLE "Run" ADD COLUMN     "jobName" TEXT;

-- CreateIndex
CREATE INDEX "Run_jobName_createdAt_idx" ON "Run"("jobName", "createdAt");
