-- Eager cursors move from one event id to one position per upstream. A state without them starts again at each
-- upstream at its latest materialization, as a first evaluation does.
-- AlterTable
ALTER TABLE "AutomationState" DROP COLUMN "upstreamEventCursor",
ADD COLUMN     "upstreamCursors" JSONB;
