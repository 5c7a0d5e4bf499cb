-- AlterTable
ALTER TABLE "AssetStatus" ADD COLUMN     "lastCodeVersion" TEXT,
ADD COLUMN     "lastObservationDataVersion" TEXT,
ADD COLUMN     "lastUpstreamVersions" JSONB;
