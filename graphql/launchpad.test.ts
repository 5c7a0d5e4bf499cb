// The launchpad's API against the example: jobs, the run config schema of a selection or job, isRunConfigValid,
// and launches that are refused with every config error and create nothing.
import { describe, expect, it } from "vitest";
import { graphqlTestServer } from "./testing/graphqlTestServer";

const api = graphqlTestServer({ example: true });
const graphql = api.query;

const SCHEMA = `query ($target: RunConfigTarget!) {
  runConfigSchemaOrError(target: $target) {
    __typename
    ... on RunConfigSchema { jsonSchema assetKeys { path } defaultRunConfigYaml partitionsDefinition { description } job { name presets { name runConfigYaml tags { key value } } } }
    ... on JobNotFoundError { message }
    ... on InvalidSelectionError { message position }
  }
}`;
const VALID = `query ($target: RunConfigTarget!, $runConfig: String!) {
  isRunConfigValid(target: $target, runConfig: $runConfig) {
    __typename
    ... on RunConfigValidationInvalid { errors { path message } }
  }
}`;
const LAUNCH = `mutation ($input: LaunchRunInput!) {
  launchRun(input: $input) {
    __typename
    ... on LaunchRunSuccess { run { runId jobName tags { key value } runConfigYaml } }
    ... on RunConfigValidationInvalid { errors { path message } }
    ... on JobNotFoundError { message }
    ... on LaunchRunError { message }
  }
}`;

interface SchemaResult {
  runConfigSchemaOrError: {
    __typename: string;
    jsonSchema?: string;
    assetKeys?: { path: string[] }[];
    partitionsDefinition?: { description: string } | null;
    job?: {
      name: string;
      presets: { name: string; runConfigYaml: string; tags: { key: string; value: string }[] }[];
    } | null;
    message?: string;
  };
}

describe("jobs", () => {
  it("lists the example's job with its assets and presets", async () => {
    const data = await graphql<{
      jobs: {
        name: string;
        assetKeys: { path: string[] }[];
        presets: { name: string }[];
        partitionsDefinition: { description: string } | null;
      }[];
    }>("{ jobs { name assetKeys { path } presets { name } partitionsDefinition { description } } }");
    expect(data.jobs).toEqual([
      {
        name: "daily_events",
        assetKeys: [["raw_events"], ["deduplicated_events"], ["enriched_events"], ["fact_events"]].map((path) => ({
          path,
        })),
        presets: [{ name: "small_sample" }, { name: "strict_dedupe" }],
        partitionsDefinition: { description: "Daily from 2026-01-01 (UTC)" },
      },
    ]);
  });
});

describe("runConfigSchemaOrError", () => {
  it("gives the JSON Schema of a selection's config document, with descriptions and defaults", async () => {
    const { runConfigSchemaOrError: result } = await graphql<SchemaResult>(SCHEMA, {
      target: { selection: "+enriched_events" },
    });
    expect(result.__typename).toBe("RunConfigSchema");
    expect(result.assetKeys?.map((k) => k.path.join("/"))).toEqual([
      "raw_events",
      "deduplicated_events",
      "user_profiles",
      "enriched_events",
    ]);
    const schema = JSON.parse(result.jsonSchema ?? "{}");
    expect(schema.properties.ops.properties.enriched_events.properties.config.properties.lookback_days).toMatchObject({
      type: "integer",
      default: 1,
      maximum: 30,
    });
    expect(
      schema.properties.ops.properties.deduplicated_events.properties.config.properties.dedupe_keys.items.enum,
    ).toEqual(["eventId", "userId", "type", "occurredAt"]);
    expect(Object.keys(schema.properties.resources.properties)).toEqual(["trackingPipeline", "warehouse"]);
  });

  it("gives a job's schema with its presets, and says when a job does not exist", async () => {
    const { runConfigSchemaOrError: job } = await graphql<SchemaResult>(SCHEMA, {
      target: { jobName: "daily_events" },
    });
    expect(job.partitionsDefinition?.description).toBe("Daily from 2026-01-01 (UTC)");
    expect(job.job?.presets[0]).toEqual({
      name: "small_sample",
      runConfigYaml: "ops:\n  raw_events:\n    config:\n      eventCount: 50\n",
      tags: [{ key: "sample", value: "true" }],
    });
    const { runConfigSchemaOrError: missing } = await graphql<SchemaResult>(SCHEMA, {
      target: { jobName: "daily_event" },
    });
    expect(missing).toEqual({
      __typename: "JobNotFoundError",
      message: 'No job named "daily_event" is defined in any loaded code location. Did you mean "daily_events"?',
    });
  });
});

describe("isRunConfigValid and launchRun", () => {
  const bad =
    "ops:\n  enriched_events:\n    config:\n      lookback_days: seven\n  deduplicated_events:\n    config:\n      dedupe_keys: [eventId, colour]\n";

  it("lists every error with its path, and launches nothing", async () => {
    const target = { selection: "+enriched_events" };
    expect(
      (
        await graphql<{ isRunConfigValid: { __typename: string } }>(VALID, {
          target,
          runConfig: "ops:\n  raw_events:\n    config:\n      eventCount: 5\n",
        })
      ).isRunConfigValid.__typename,
    ).toBe("RunConfigValid");
    const expected = [
      {
        path: ["ops", "deduplicated_events", "config", "dedupe_keys", "1"],
        message: 'expected one of "eventId", "userId", "type", "occurredAt", got "colour"',
      },
      { path: ["ops", "enriched_events", "config", "lookback_days"], message: 'expected integer, got "seven"' },
    ];
    const checked = await graphql<{ isRunConfigValid: { __typename: string; errors: unknown[] } }>(VALID, {
      target,
      runConfig: bad,
    });
    expect(checked.isRunConfigValid).toEqual({ __typename: "RunConfigValidationInvalid", errors: expected });

    const before = await api.database.db.run.count();
    const launched = await graphql<{ launchRun: { __typename: string; errors: unknown[] } }>(LAUNCH, {
      input: { selection: "+enriched_events", partitionKey: "2026-01-02", runConfig: bad },
    });
    expect(launched.launchRun).toEqual({ __typename: "RunConfigValidationInvalid", errors: expected });
    expect(await api.database.db.run.count()).toBe(before);
  });

  it("launches a job with a preset: its config and tags, the launch's own tags winning", async () => {
    const launched = await graphql<{
      launchRun: {
        __typename: string;
        run: { jobName: string; tags: { key: string; value: string }[]; runConfigYaml: string };
      };
    }>(LAUNCH, {
      input: {
        jobName: "daily_events",
        presetName: "small_sample",
        partitionKey: "2026-01-02",
        tags: [{ key: "team", value: "growth" }],
      },
    });
    expect(launched.launchRun.__typename).toBe("LaunchRunSuccess");
    expect(launched.launchRun.run.jobName).toBe("daily_events");
    expect(launched.launchRun.run.runConfigYaml).toBe("ops:\n  raw_events:\n    config:\n      eventCount: 50\n");
    expect(launched.launchRun.run.tags).toEqual(
      expect.arrayContaining([
        { key: "team", value: "growth" },
        { key: "sample", value: "true" },
      ]),
    );
    const runs = await graphql<{ runsOrError: { results: { jobName: string }[] } }>(
      '{ runsOrError(filter: { jobName: "daily_events" }) { ... on Runs { results { jobName } } } }',
    );
    expect(runs.runsOrError.results).toHaveLength(1);
  });

  it("refuses an unknown preset or job by name", async () => {
    const preset = await graphql<{ launchRun: { __typename: string; message: string } }>(LAUNCH, {
      input: { jobName: "daily_events", presetName: "huge", partitionKey: "2026-01-02" },
    });
    expect(preset.launchRun).toEqual({
      __typename: "LaunchRunError",
      message: 'Job "daily_events" has no preset "huge"; its presets are "small_sample", "strict_dedupe".',
    });
    const job = await graphql<{ launchRun: { __typename: string } }>(LAUNCH, { input: { jobName: "nightly" } });
    expect(job.launchRun.__typename).toBe("JobNotFoundError");
  });
});
