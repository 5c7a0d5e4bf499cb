// Launching partitioned runs: every partitioned asset must have the partition; nothing is queued otherwise.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPartitionsOfFields } from "../../core/partitions";
import { addDynamicPartitions } from "../../store/dynamicPartitions";
import { shownRunTags } from "../../store/runPartitions";
import { savePartitionedLocation } from "../../store/testing/partitionedLocation";
import { createTestDatabase, type TestDatabase } from "../../store/testing/testDatabase";
import { type LaunchRequest, type LaunchResult, launchReexecution, launchRun } from "./launchRun";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await savePartitionedLocation(database.db);
});
afterAll(async () => database?.drop());

/** A launch whose partitions are given as a key or a range, typed at the edge as the API and the CLI do. */
type Request = Omit<LaunchRequest, "launchedBy" | "partitions"> & {
  partitionKey?: string;
  partitionRange?: { start: string; end: string };
};

async function launch({ partitionKey, partitionRange, ...request }: Request): Promise<LaunchResult> {
  const partitions = runPartitionsOfFields(partitionKey, partitionRange);
  if (!partitions.ok) return { kind: "invalidPartition", message: partitions.message };
  return launchRun(database.db, { launchedBy: "test", ...request, partitions: partitions.selection });
}

async function expectRefused(request: Request, message: RegExp) {
  const before = await database.db.run.count();
  const result = await launch(request);
  expect(result.kind).toBe("invalidPartition");
  expect(result.kind !== "success" && result.message).toMatch(message);
  expect(await database.db.run.count()).toBe(before);
}

describe("launchRun with partitions", () => {
  it("runs one partition, tagged, with unpartitioned upstreams alongside", async () => {
    const result = await launch({ selection: "+daily", partitionKey: "2024-01-05" });
    expect(result.kind).toBe("success");
    if (result.kind !== "success") return;
    expect(result.run).toMatchObject({ partitionKey: "2024-01-05", assetSelection: ["plain", "daily"] });
    expect(shownRunTags(result.run)).toMatchObject({ "strata/partition": "2024-01-05" });
  });

  it("refuses a partitioned asset without a partition", async () => {
    await expectRefused(
      { selection: "daily" },
      /Asset "daily" is partitioned; choose a partition \(or launch a backfill\)/,
    );
    await expectRefused(
      { assetKeys: [["regional"], ["daily"]] },
      /Assets "regional", "daily" are partitioned|Assets "daily", "regional" are partitioned/,
    );
  });

  it("refuses a key outside the definition, naming asset, key and reason", async () => {
    await expectRefused({ selection: "daily", partitionKey: "2023-12-31" }, /"daily".*"2023-12-31"/);
    await expectRefused({ selection: "daily", partitionKey: "2024-02-01" }, /"daily".*"2024-02-01"/);
    await expectRefused({ selection: "regional", partitionKey: "mars" }, /"regional".*"mars".*us, eu, apac/);
  });

  it("refuses a malformed key, and a key that only one of the selected assets has", async () => {
    await expectRefused({ selection: "daily_regions", partitionKey: "2024-01-05" }, /"daily_regions".*"2024-01-05"/);
    await expectRefused({ selection: "daily", partitionKey: "2024-01-05|us" }, /"daily".*"2024-01-05\|us"/);
    await expectRefused({ assetKeys: [["regional"], ["daily"]], partitionKey: "us" }, /"daily".*"us"/);
    expect((await launch({ selection: "daily_regions", partitionKey: "2024-01-05|us" })).kind).toBe("success");
  });

  it("refuses a partition for a selection with no partitioned asset", async () => {
    await expectRefused(
      { selection: "plain", partitionKey: "2024-01-05" },
      /None of the selected assets is partitioned/,
    );
  });

  it("checks dynamic keys against the stored ones", async () => {
    await expectRefused({ selection: "customers", partitionKey: "acme" }, /"customers".*"acme"/);
    await addDynamicPartitions(database.db, "customers", ["acme"]);
    expect((await launch({ selection: "customers", partitionKey: "acme" })).kind).toBe("success");
  });

  it("runs a range only for assets that accept one, with both ends in order", async () => {
    const result = await launch({
      selection: "daily_ranged",
      partitionRange: { start: "2024-01-01", end: "2024-01-07" },
    });
    expect(result.kind).toBe("success");
    if (result.kind === "success") {
      expect(result.run).toMatchObject({
        partitionKey: null,
        partitionRangeStart: "2024-01-01",
        partitionRangeEnd: "2024-01-07",
      });
      expect(shownRunTags(result.run)).toMatchObject({ "strata/partition_range": "2024-01-01...2024-01-07" });
    }
    await expectRefused(
      { selection: "daily", partitionRange: { start: "2024-01-01", end: "2024-01-07" } },
      /"daily".*one partition per run/,
    );
    await expectRefused(
      { selection: "daily_ranged", partitionRange: { start: "2024-01-07", end: "2024-01-01" } },
      /ends before it starts/,
    );
    await expectRefused(
      { selection: "daily_ranged", partitionRange: { start: "2024-01-07", end: "2024-03-01" } },
      /"daily_ranged".*"2024-03-01"/,
    );
    await expectRefused(
      {
        selection: "daily_ranged",
        partitionKey: "2024-01-01",
        partitionRange: { start: "2024-01-01", end: "2024-01-02" },
      },
      /not both/,
    );
  });
});

describe("client and system tags", () => {
  it("refuses reserved strata/* tags from the caller and stores nothing, while system tags pass", async () => {
    const before = await database.db.run.count();
    const refused = await launch({
      selection: "daily",
      partitionKey: "2024-01-05",
      tags: [{ key: "strata/schedule", value: "forged" }],
    });
    expect(refused).toEqual({
      kind: "error",
      message: 'Tag "strata/schedule" is reserved: Strata sets strata/* tags itself. Choose a key outside strata/.',
    });
    expect(await database.db.run.count()).toBe(before);
    const launched = await launch({
      selection: "daily",
      partitionKey: "2024-01-05",
      tags: [{ key: "team", value: "data" }],
      systemTags: { "strata/schedule": "nightly" },
    });
    expect(launched.kind === "success" && shownRunTags(launched.run)).toEqual({
      team: "data",
      "strata/schedule": "nightly",
      "strata/partition": "2024-01-05",
    });
  });

  it("a re-execution keeps its parent's tags, Strata's included", async () => {
    const parent = await launch({
      selection: "daily",
      partitionKey: "2024-01-05",
      systemTags: { "strata/sensor": "s" },
    });
    if (parent.kind !== "success") throw new Error(parent.message);
    const child = await launchReexecution(database.db, parent.run.id, "ALL_STEPS", null, "test");
    expect(child.kind === "success" && shownRunTags(child.run)).toEqual({
      "strata/sensor": "s",
      "strata/partition": "2024-01-05",
    });
  });

  it("a re-execution is still its parent's job's run, and points back to the parent", async () => {
    const parent = await launch({ selection: "daily", partitionKey: "2024-01-05" });
    if (parent.kind !== "success") throw new Error(parent.message);
    // As if launched from a job: the job's name is all a re-execution needs of it.
    await database.db.run.update({ where: { id: parent.run.id }, data: { jobName: "nightly" } });
    const child = await launchReexecution(database.db, parent.run.id, "ALL_STEPS", null, "test");
    expect(child.kind === "success" && child.run).toMatchObject({
      jobName: "nightly",
      parentRunId: parent.run.id,
      rootRunId: parent.run.id,
    });
  });

  it("applies the launch limits it is given", async () => {
    const limits = { maxTags: 1, maxTagLength: 5, maxRunConfigBytes: 10, maxBackfillRuns: 1 };
    const base = { selection: "daily", partitionKey: "2024-01-05", limits };
    expect(await launch({ ...base, tags: [{ key: "teams", value: "datadata" }] })).toMatchObject({
      kind: "error",
      message: expect.stringMatching(/^tags: the value "datadata" is 8 characters, at most 5/),
    });
    expect(await launch({ ...base, runConfig: "ops: {}   # a comment" })).toMatchObject({
      kind: "invalidConfig",
      errors: [{ path: [], message: expect.stringMatching(/^runConfig: 21 bytes, at most 10/) }],
    });
  });
});
