-- CreateEnum
CREATE TYPE "FreshnessStatus" AS ENUM ('FRESH', 'WARN', 'STALE');

-- CreateTable
CREATE TABLE "AssetFreshness" (
    "assetKey" TEXT NOT NULL,
    "status" "FreshnessStatus" NOT NULL,
    "lagMinutes" DOUBLE PRECISION,
    "minutesLate" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "reason" TEXT NOT NULL,
    "evaluatedAt" TIMESTAMP(3) NOT NULL,
    "statusChangedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssetFreshness_pkey" PRIMARY KEY ("assetKey")
);
