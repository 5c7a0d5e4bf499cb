// Launch-time safety through the API: reserved strata/* tags, launch limits, secret config values and resource fields
// that code locks, against a fresh database with the example code location loaded.
import { describe, expect, it } from "vitest";
import { consoleSettingsSchema } from "../lib/core/consoleSettings";
import { SECRET_MASK } from "../lib/core/runConfig";
import { createRun } from "../lib/store/runs";
import { graphqlTestServer } from "./testing/graphqlTestServer";

const settings = consoleSettingsSchema.parse({
  launchLimits: { maxTags: 3, maxTagLength: 30, maxRunConfigBytes: 2048, maxBackfillRuns: 100 },
});
const api = graphqlTestServer({ example: true, settings });

const LAUNCH = `mutation ($input: LaunchRunInput!) {
  launchRun(input: $input) {
    __typename
    ... on LaunchRunSuccess { run { runId tags { key value } runConfigYaml } }
    ... on RunConfigValidationInvalid { message errors { path message } }
    ... on LaunchRunError { message }
    ... on InvalidSelectionError { message }
  }
}`;
const BACKFILL = `mutation ($input: LaunchPartitionBackfillInput!) {
  launchPartitionBackfill(input: $input) {
    __typename
    ... on LaunchPartitionBackfillSuccess { backfill { backfillId } }
    ... on LaunchRunError { message }
  }
}`;
const PREVIEW = `query ($input: LaunchPartitionBackfillInput!) {
  partitionBackfillPreview(input: $input) { __typename ... on PartitionBackfillPreview { numRuns maxRuns limitError } }
}`;

type Launched = {
  launchRun: {
    __typename: string;
    message?: string;
    errors?: { path: string[]; message: string }[];
    run?: { runId: string; tags: { key: string; value: string }[]; runConfigYaml: string };
  };
};
type Backfilled = { launchPartitionBackfill: { __typename: string; message?: string } };

const launch = (input: Record<string, unknown>) =>
  api.query<Launched>(LAUNCH, { input: { selection: "raw_events", partitionKey: "2026-01-05", ...input } });
const counts = async () => ({
  runs: await api.database.db.run.count(),
  backfills: await api.database.db.backfill.count(),
});

describe("reserved tags", () => {
  it("refuses strata/* tags from a launch and a backfill, naming the tag, and stores nothing", async () => {
    const before = await counts();
    const run = await launch({ tags: [{ key: "strata/backfill", value: "abcdefgh" }] });
    expect(run.launchRun).toMatchObject({
      __typename: "LaunchRunError",
      message: expect.stringContaining('Tag "strata/backfill" is reserved'),
    });
    const backfill = await api.query<Backfilled>(BACKFILL, {
      input: {
        selection: "raw_events",
        partitionSelection: "2026-01-01",
        tags: [{ key: "strata/schedule", value: "nightly" }],
      },
    });
    expect(backfill.launchPartitionBackfill).toMatchObject({
      __typename: "LaunchRunError",
      message: expect.stringContaining('Tag "strata/schedule" is reserved'),
    });
    expect(await counts()).toEqual(before);
  });

  it("still lets a launch choose strata/max_concurrent_steps, and Strata still sets its own tags", async () => {
    const { launchRun } = await launch({ tags: [{ key: "strata/max_concurrent_steps", value: "1" }] });
    expect(launchRun.__typename).toBe("LaunchRunSuccess");
    expect(launchRun.run?.tags).toEqual(
      expect.arrayContaining([
        { key: "strata/max_concurrent_steps", value: "1" },
        { key: "strata/partition", value: "2026-01-05" },
      ]),
    );
  });
});

describe("launch limits", () => {
  it("refuses too many tags, too long a tag and too large a run config, naming the field, the limit and the value", async () => {
    const before = await counts();
    const many = await launch({ tags: ["a", "b", "c", "d"].map((key) => ({ key, value: "1" })) });
    expect(many.launchRun).toEqual({
      __typename: "LaunchRunError",
      message: "tags: 4 tags, at most 3 (launchLimits.maxTags in strata.config.ts).",
    });
    const long = await launch({ tags: [{ key: "team", value: "x".repeat(31) }] });
    expect(long.launchRun.message).toMatch(
      /^tags: the value "x{31}" is 31 characters, at most 30 \(launchLimits\.maxTagLength/,
    );
    const big = await launch({ runConfig: `# ${"x".repeat(3000)}\nops: {}\n` });
    expect(big.launchRun).toMatchObject({
      __typename: "RunConfigValidationInvalid",
      errors: [
        {
          path: [],
          message: "runConfig: 3,011 bytes, at most 2,048 (launchLimits.maxRunConfigBytes in strata.config.ts)",
        },
      ],
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses a backfill of more runs than maxBackfillRuns, and the preview says so first", async () => {
    const input = { selection: "raw_events" };
    const preview = await api.query<{
      partitionBackfillPreview: { numRuns: number; maxRuns: number; limitError: string | null };
    }>(PREVIEW, { input });
    expect(preview.partitionBackfillPreview.maxRuns).toBe(100);
    expect(preview.partitionBackfillPreview.numRuns).toBeGreaterThan(100);
    expect(preview.partitionBackfillPreview.limitError).toMatch(
      /^backfill: [\d,]+ runs, at most 100 \(launchLimits\.maxBackfillRuns in strata\.config\.ts\)/,
    );
    const before = await counts();
    const refused = await api.query<Backfilled>(BACKFILL, { input });
    expect(refused.launchPartitionBackfill).toEqual({
      __typename: "LaunchRunError",
      message: preview.partitionBackfillPreview.limitError,
    });
    expect(await counts()).toEqual(before);
    const small = await api.query<{ partitionBackfillPreview: { limitError: string | null } }>(PREVIEW, {
      input: { ...input, partitionSelection: "2026-01-01...2026-01-10" },
    });
    expect(small.partitionBackfillPreview.limitError).toBeNull();
  });
});

describe("secret and locked resource config", () => {
  it("refuses overriding the example warehouse's URL at launch, naming the path", async () => {
    const before = await counts();
    const { launchRun } = await launch({
      selection: "fact_events",
      runConfig: "resources:\n  warehouse:\n    config:\n      url: postgresql://attacker:hunter2@evil.example/db\n",
    });
    expect(launchRun).toMatchObject({
      __typename: "RunConfigValidationInvalid",
      errors: [
        {
          path: ["resources", "warehouse", "config", "url"],
          message: expect.stringContaining('does not allow overriding "url"'),
        },
      ],
    });
    expect(await counts()).toEqual(before);
  });

  it("accepts the masked value a relaunch sends back, keeping the URL set in code", async () => {
    const { launchRun } = await launch({
      selection: "fact_events",
      runConfig: `resources:\n  warehouse:\n    config:\n      url: "${SECRET_MASK}"\n      schema: scratch\n`,
    });
    expect(launchRun.__typename).toBe("LaunchRunSuccess");
    const stored = await api.database.db.run.findUniqueOrThrow({ where: { id: launchRun.run!.runId } });
    expect(stored.runConfig).toEqual({ resources: { warehouse: { config: { schema: "scratch" } } } });
  });

  it("masks secret values in runConfig and runConfigYaml, and every resource value of a run whose snapshot is unknown", async () => {
    const location = await api.database.db.codeLocation.findUniqueOrThrow({ where: { name: "user-events" } });
    const runConfig = {
      resources: {
        warehouse: { config: { url: "postgresql://u:hunter2@db/x", schema: "scratch" } },
        trackingPipeline: { config: { seed: 7 } },
      },
    };
    const base = {
      codeLocationName: "user-events",
      assetKeys: ["fact_events"],
      partitionKey: "2026-01-05",
      runConfig,
      launchedBy: "test",
    };
    const known = await createRun(api.database.db, { ...base, snapshotId: location.currentSnapshotId });
    const unknown = await createRun(api.database.db, { ...base, snapshotId: null });
    const read = async (runId: string) =>
      (
        await api.query<{ runOrError: { runConfig: string; runConfigYaml: string } }>(
          `query ($id: ID!) { runOrError(runId: $id) { ... on Run { runConfig runConfigYaml } } }`,
          { id: runId },
        )
      ).runOrError;

    const shown = await read(known.id);
    expect(shown.runConfigYaml).not.toContain("hunter2");
    expect(JSON.parse(shown.runConfig)).toEqual({
      resources: {
        warehouse: { config: { url: SECRET_MASK, schema: "scratch" } },
        trackingPipeline: { config: { seed: 7 } },
      },
    });
    const conservative = await read(unknown.id);
    expect(JSON.parse(conservative.runConfig)).toEqual({
      resources: {
        warehouse: { config: { url: SECRET_MASK, schema: SECRET_MASK } },
        trackingPipeline: { config: { seed: SECRET_MASK } },
      },
    });
    // The run process still reads the real value.
    expect((await api.database.db.run.findUniqueOrThrow({ where: { id: known.id } })).runConfig).toEqual(runConfig);
  });
});
