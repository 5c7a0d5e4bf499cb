-- The partitions of a run are stored once, in its columns: "partitionKey", or "partitionRangeStart" and "partitionRangeEnd".
-- The strata/partition and strata/partition_range tags and "partitionRange" in event data were copies of them: the
-- console shows the tags from the columns, and partition status reads the range of a range run from the run.
-- Written by hand: the tables of schema.prisma do not change, and a Prisma schema cannot declare a CHECK constraint.

-- Data: drop the copies.
UPDATE "Run"
SET "tags" = "tags" - 'strata/partition' - 'strata/partition_range'
WHERE "tags" ?| ARRAY['strata/partition', 'strata/partition_range'];

UPDATE "Event"
SET "data" = CASE WHEN ("data" - 'partitionRange') = '{}'::jsonb THEN NULL ELSE "data" - 'partitionRange' END
WHERE "data" ? 'partitionRange';

-- A key or a range (both ends), never both.
ALTER TABLE "Run" ADD CONSTRAINT "Run_partition_key_or_range" CHECK (
    ("partitionRangeStart" IS NULL) = ("partitionRangeEnd" IS NULL)
    AND ("partitionKey" IS NULL OR "partitionRangeStart" IS NULL)
);
