-- CreateTable
CREATE TABLE "AutomationState" (
    "assetKey" TEXT NOT NULL,
    "lastEvaluatedAt" TIMESTAMP(3) NOT NULL,
    "lastRequestedFor" TEXT,
    "lastReasons" JSONB NOT NULL DEFAULT '[]',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AutomationState_pkey" PRIMARY KEY ("assetKey")
);

-- CreateTable
CREATE TABLE "AutomationEvaluation" (
    "id" BIGSERIAL NOT NULL,
    "assetKey" TEXT NOT NULL,
    "evaluatedAt" TIMESTAMP(3) NOT NULL,
    "requested" BOOLEAN NOT NULL,
    "reasons" JSONB NOT NULL,
    "runId" UUID,
    "partitionKey" TEXT,
    "error" TEXT,

    CONSTRAINT "AutomationEvaluation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AutomationEvaluation_assetKey_id_idx" ON "AutomationEvaluation"("assetKey", "id");
