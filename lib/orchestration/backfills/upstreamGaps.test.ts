// The upstream check of a backfill preview, and taking the missing upstream partitions in, against a real Postgres.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keySpaceForDefinition } from "../../store/partitionKeySpaces";
import { recordPartitionOutcome } from "../../store/partitionStatus";
import { BACKFILL_TEST_NOW, backfillSnapshot, saveBackfillLocation } from "../../store/testing/backfillLocation";
import { createTestDatabase, type TestDatabase } from "../../store/testing/testDatabase";
import { createPartitionBackfill, previewPartitionBackfill } from "./backfills";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await saveBackfillLocation(database.db);
  // events/raw holds 2024-01-01 … 2024-01-10; events/clean and everything below it hold nothing.
  const definition = backfillSnapshot.assets.find((a) => a.key.join("/") === "events/raw")?.partitionsDefinition;
  const space = await keySpaceForDefinition(database.db, definition!, BACKFILL_TEST_NOW);
  await database.db.$transaction((tx) => recordPartitionOutcome(tx, "events/raw", space, "materialized", [[0, 9]]));
});
afterAll(async () => database?.drop());

const now = BACKFILL_TEST_NOW;
const keys = (...list: string[]) => list.map((k) => k.split("/"));

describe("the preview's upstream gaps", () => {
  it("counts the chosen partitions whose upstream partitions are missing, per upstream", async () => {
    const preview = await previewPartitionBackfill(
      database.db,
      { assetKeys: keys("events/clean"), partitionSelection: "2024-01-05...2024-01-14" },
      now,
    );
    expect(preview).toMatchObject({
      kind: "preview",
      upstreamGaps: {
        numPartitions: 10,
        numWithMissingUpstream: 4,
        upstreams: [{ assetKey: "events/raw", numPartitions: 4 }],
      },
    });
  });

  it("reports nothing missing when every upstream partition is materialized, or is part of the backfill", async () => {
    const within = await previewPartitionBackfill(
      database.db,
      { assetKeys: keys("events/clean"), partitionSelection: "2024-01-02...2024-01-08" },
      now,
    );
    expect(within).toMatchObject({ upstreamGaps: { numPartitions: 7, numWithMissingUpstream: 0, upstreams: [] } });
    const together = await previewPartitionBackfill(
      database.db,
      { assetKeys: keys("events/raw", "events/clean"), partitionSelection: "2024-01-05...2024-01-14" },
      now,
    );
    expect(together).toMatchObject({ upstreamGaps: { numWithMissingUpstream: 0, upstreams: [] } });
  });

  it("maps through partition mappings: a week reads its seven days", async () => {
    const preview = await previewPartitionBackfill(
      database.db,
      { assetKeys: keys("events/weekly"), partitionSelection: "2024-01-07...2024-01-14" },
      now,
    );
    expect(preview).toMatchObject({
      upstreamGaps: {
        numPartitions: 2,
        numWithMissingUpstream: 2,
        upstreams: [{ assetKey: "events/clean", numPartitions: 2 }],
      },
    });
  });
});

describe("includeMissingUpstream", () => {
  it("takes in the missing upstream partitions transitively, upstream first, and leaves no gap", async () => {
    const input = {
      assetKeys: keys("events/weekly"),
      partitionSelection: "2024-01-14",
      includeMissingUpstream: true,
    };
    const preview = await previewPartitionBackfill(database.db, input, now);
    expect(preview).toMatchObject({
      assets: [
        { assetKey: "events/raw", numPartitions: 7 },
        { assetKey: "events/clean", numPartitions: 7 },
        { assetKey: "events/weekly", numPartitions: 1 },
      ],
      upstreamGaps: { numWithMissingUpstream: 0, upstreams: [] },
    });
    const launched = await createPartitionBackfill(database.db, { ...input, launchedBy: "test" }, now);
    if (launched.kind !== "success") throw new Error(JSON.stringify(launched));
    expect(Object.keys(launched.backfill.targets)).toEqual(["events/raw", "events/clean", "events/weekly"]);
    expect(launched.backfill.targets).toMatchObject({
      "events/raw": [["2024-01-14", "2024-01-20"]],
      "events/clean": [["2024-01-14", "2024-01-20"]],
      "events/weekly": [["2024-01-14", "2024-01-14"]],
    });
  });

  it("adds only what is missing: materialized upstream partitions stay out", async () => {
    const preview = await previewPartitionBackfill(
      database.db,
      { assetKeys: keys("events/clean"), partitionSelection: "2024-01-09...2024-01-12", includeMissingUpstream: true },
      now,
    );
    expect(preview).toMatchObject({
      assets: [
        { assetKey: "events/raw", numPartitions: 2 },
        { assetKey: "events/clean", numPartitions: 4 },
      ],
    });
  });
});
