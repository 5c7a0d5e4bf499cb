// schedule() and defineDefinitions({ schedules }): cron, time zone, target and config checked where they are written.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { asset } from "./asset";
import { defineDefinitions } from "./definitions";
import { job } from "./job";
import { dailyPartitions } from "./partitions";
import { problemsOf } from "./problemsOf.testing";
import { schedule } from "./schedule";
import { toDefinitionsSnapshot } from "./snapshot";

const days = dailyPartitions({ start: "2026-01-01" });
const raw = asset({
  key: "raw",
  group: "ingest",
  partitions: days,
  config: z.object({ count: z.number().int().default(1) }),
  compute: () => 1,
});
const report = asset({ key: "report", compute: () => 1 });
const ingest = job({ name: "ingest", selection: "group:ingest" });

describe("schedule", () => {
  it("resolves a job or a selection, with its partitions, and is stopped until turned on", () => {
    const definitions = defineDefinitions({
      assets: [raw, report],
      jobs: [ingest],
      schedules: [
        schedule({
          name: "morning",
          cron: "0 6 * * *",
          timezone: "Europe/Berlin",
          target: ingest,
          catchup: true,
          maxActiveRuns: 1,
        }),
        schedule({
          name: "reports",
          cron: "@hourly",
          target: "report",
          defaultStatus: "RUNNING",
          tags: { kind: "report" },
        }),
      ],
    });
    expect(toDefinitionsSnapshot(definitions).schedules).toEqual([
      {
        name: "morning",
        description: null,
        cron: "0 6 * * *",
        timezone: "Europe/Berlin",
        jobName: "ingest",
        selection: null,
        assetKeys: [["raw"]],
        partitionsDefinition: days.snapshot,
        catchup: true,
        maxActiveRuns: 1,
        defaultStatus: "STOPPED",
        tags: {},
        runConfig: null,
      },
      {
        name: "reports",
        description: null,
        cron: "@hourly",
        timezone: "UTC",
        jobName: null,
        selection: "report",
        assetKeys: [["report"]],
        catchup: false,
        maxActiveRuns: null,
        defaultStatus: "RUNNING",
        tags: { kind: "report" },
        runConfig: null,
      },
    ]);
  });

  it("names the schedule and the field of every problem", () => {
    expect(problemsOf(() => schedule({ name: "x", cron: "0 6 * * *", target: "report", maxActiveRuns: 0 }))).toEqual([
      'schedule("x"): maxActiveRuns must be a whole number of at least 1; got 0.',
    ]);
    const problems = problemsOf(() =>
      defineDefinitions({
        assets: [raw, report],
        schedules: [
          schedule({ name: "bad_cron", cron: "0 25 * * *", target: "report" }),
          schedule({ name: "bad_zone", cron: "0 6 * * *", timezone: "Mars/Olympus", target: "report" }),
          schedule({ name: "unlisted_job", cron: "0 6 * * *", target: ingest }),
          schedule({
            name: "bad_config",
            cron: "0 6 * * *",
            target: "raw",
            config: { ops: { raw: { config: { count: "x" } } } },
          }),
        ],
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^Schedule "bad_cron": Cron "0 25 \* \* \*".*hour/),
      'Schedule "bad_zone": timezone "Mars/Olympus" is not an IANA time zone such as "UTC" or "America/New_York".',
      'Schedule "unlisted_job": its job "ingest" is not in this code location; add it to defineDefinitions({ jobs }).',
      'Schedule "bad_config" config: ops.raw.config.count: expected integer, got "x"',
    ]);
  });
});
