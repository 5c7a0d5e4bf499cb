-- AlterTable
ALTER TABLE "CodeLocation" ADD COLUMN     "codeHash" TEXT;

-- AlterTable
ALTER TABLE "Run" ADD COLUMN     "codeHash" TEXT,
ADD COLUMN     "idempotencyKey" TEXT;

-- AlterTable
ALTER TABLE "Backfill" ADD COLUMN     "idempotencyKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Run_idempotencyKey_key" ON "Run"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "Backfill_idempotencyKey_key" ON "Backfill"("idempotencyKey");
