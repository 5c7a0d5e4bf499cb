-- AlterTable
ALTER TABLE "AssetStatus" ADD COLUMN     "lastMaterializationDataVersion" TEXT;
