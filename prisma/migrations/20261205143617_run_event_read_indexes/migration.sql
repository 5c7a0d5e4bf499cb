-- CreateIndex
CREATE INDEX "Event_runId_stepKey_id_idx" ON "Event"("runId", "stepKey", "id");

-- CreateIndex
CREATE INDEX "Event_runId_eventType_id_idx" ON "Event"("runId", "eventType", "id");
