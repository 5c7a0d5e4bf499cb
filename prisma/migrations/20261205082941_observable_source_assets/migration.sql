-- CreateTable
CREATE TABLE "AssetObservationSchedule" (
    "assetKey" TEXT NOT NULL,
    "lastLaunchedAt" TIMESTAMP(3) NOT NULL,
    "lastRunId" UUID,
    "lastError" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssetObservationSchedule_pkey" PRIMARY KEY ("assetKey")
);
