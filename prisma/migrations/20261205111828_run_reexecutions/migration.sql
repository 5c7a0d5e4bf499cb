-- CreateIndex
CREATE INDEX "Run_parentRunId_createdAt_idx" ON "Run"("parentRunId", "createdAt");
