// The runs list folding backfills, the runs timeline and a run's re-execution links, through the API over a real
// database.
import { describe, expect, it } from "vitest";
import { graphqlTestServer } from "./testing/graphqlTestServer";

const api = graphqlTestServer();
const db = () => api.database.db;

const MINUTE = 60_000;
const minutesAgo = (m: number) => new Date(Date.now() - m * MINUTE);

async function run(data: {
  minutesAgo: number;
  backfillId?: string;
  tags?: Record<string, string>;
  parentRunId?: string;
  jobName?: string;
  status?: "SUCCESS" | "FAILURE" | "STARTED";
}) {
  return db().run.create({
    data: {
      codeLocationName: "overview",
      assetSelection: ["events"],
      status: data.status ?? "SUCCESS",
      createdAt: minutesAgo(data.minutesAgo),
      startTime: minutesAgo(data.minutesAgo),
      endTime: data.status === "STARTED" ? null : minutesAgo(data.minutesAgo - 1),
      tags: { ...data.tags, ...(data.backfillId ? { "strata/backfill": data.backfillId } : {}) },
      backfillId: data.backfillId ?? null,
      parentRunId: data.parentRunId ?? null,
      jobName: data.jobName ?? null,
    },
  });
}

interface RunsPage {
  runsOrError: { results: { runId: string }[]; nextCursor: string | null; backfills: { backfillId: string }[] };
}
const RUNS = `query ($filter: RunsFilter, $cursor: String, $limit: Int) {
  runsOrError(filter: $filter, cursor: $cursor, limit: $limit) {
    ... on Runs { results { runId } nextCursor backfills { backfillId } }
  }
}`;

describe("folding backfills in the runs list", () => {
  it("shows a backfill as one row instead of its runs, only on the page whose span holds it", async () => {
    const tags = { suite: "fold" };
    await db().backfill.create({
      data: {
        id: "foldbf01",
        targets: { events: [["a", "c"]] },
        strategy: "ONE_RUN_PER_PARTITION",
        tags,
        createdAt: minutesAgo(30),
      },
    });
    const before = await run({ minutesAgo: 40, tags });
    const backfillRuns = await Promise.all(
      [1, 2, 3].map((i) => run({ minutesAgo: 30 - i, backfillId: "foldbf01", tags })),
    );
    const after = await run({ minutesAgo: 10, tags });
    const filter = { tags: [{ key: "suite", value: "fold" }] };

    const unfolded = await api.query<RunsPage>(RUNS, { filter });
    expect(unfolded.runsOrError.results).toHaveLength(5);
    expect(unfolded.runsOrError.backfills).toEqual([]);

    const folded = await api.query<RunsPage>(RUNS, { filter: { ...filter, foldBackfills: true } });
    expect(folded.runsOrError.results.map((r) => r.runId)).toEqual([after.id, before.id]);
    expect(folded.runsOrError.backfills).toEqual([{ backfillId: "foldbf01" }]);

    // One run a page: the backfill (created between the two runs) belongs to the second page only.
    const first = await api.query<RunsPage>(RUNS, { filter: { ...filter, foldBackfills: true }, limit: 1 });
    expect(first.runsOrError).toMatchObject({ results: [{ runId: after.id }], backfills: [] });
    const second = await api.query<RunsPage>(RUNS, {
      filter: { ...filter, foldBackfills: true },
      limit: 1,
      cursor: first.runsOrError.nextCursor,
    });
    expect(second.runsOrError).toMatchObject({
      results: [{ runId: before.id }],
      backfills: [{ backfillId: "foldbf01" }],
    });

    // A status filter asks for runs as they are: the backfill's runs come back, not the backfill.
    const failed = await api.query<RunsPage>(RUNS, {
      filter: { ...filter, foldBackfills: true, statuses: ["SUCCESS"] },
    });
    expect(failed.runsOrError.results.map((r) => r.runId)).toEqual(
      expect.arrayContaining(backfillRuns.map((r) => r.id)),
    );
    expect(failed.runsOrError.backfills).toEqual([]);

    // An asset filter keeps only backfills that target the asset.
    const otherAsset = await api.query<RunsPage>(RUNS, {
      filter: { ...filter, foldBackfills: true, assetKey: "nope" },
    });
    expect(otherAsset.runsOrError.backfills).toEqual([]);
  });
});

describe("runsTimeline", () => {
  it("returns the runs overlapping the window with their job, assets and times", async () => {
    const live = await run({ minutesAgo: 5, status: "STARTED", jobName: "timeline_job" });
    const old = await run({ minutesAgo: 8 * 60, jobName: "timeline_job" });
    const data = await api.query<{
      runsTimeline: {
        capped: boolean;
        cap: number;
        runs: { runId: string; jobName: string; assetKeys: string[]; endTime: string | null }[];
      };
    }>(`{ runsTimeline(range: LAST_6_HOURS) { capped cap runs { runId jobName assetKeys endTime } } }`);
    const ids = data.runsTimeline.runs.map((r) => r.runId);
    expect(ids).toContain(live.id);
    expect(ids).not.toContain(old.id);
    expect(data.runsTimeline.runs.find((r) => r.runId === live.id)).toEqual({
      runId: live.id,
      jobName: "timeline_job",
      assetKeys: ["events"],
      endTime: null,
    });
    expect(data.runsTimeline).toMatchObject({ capped: false, cap: 1000 });
    const week = await api.query<{ runsTimeline: { runs: { runId: string }[] } }>(
      `{ runsTimeline(range: LAST_7_DAYS) { runs { runId } } }`,
    );
    expect(week.runsTimeline.runs.map((r) => r.runId)).toContain(old.id);
  });

  it("refuses a range it does not know, naming the argument", async () => {
    const response = await api.request(`{ runsTimeline(range: LAST_YEAR) { capped } }`);
    expect(response.errors?.[0]?.message).toMatch(/range|LAST_YEAR/);
  });
});

describe("re-execution links", () => {
  it("a run names its parent and lists its re-executions", async () => {
    const parent = await run({ minutesAgo: 20, status: "FAILURE", jobName: "nightly" });
    const child = await run({ minutesAgo: 15, parentRunId: parent.id, jobName: "nightly" });
    const data = await api.query<{
      parent: { reexecutions: { runs: { runId: string; jobName: string }[]; hasMore: boolean }; parentRun: null };
      child: { parentRun: { runId: string; status: string } };
    }>(
      `query ($p: ID!, $c: ID!) {
        parent: runOrError(runId: $p) { ... on Run { parentRun { runId } reexecutions { runs { runId jobName } hasMore } } }
        child: runOrError(runId: $c) { ... on Run { parentRun { runId status } } }
      }`,
      { p: parent.id, c: child.id },
    );
    expect(data.parent).toEqual({
      parentRun: null,
      reexecutions: { runs: [{ runId: child.id, jobName: "nightly" }], hasMore: false },
    });
    expect(data.child.parentRun).toEqual({ runId: parent.id, status: "FAILURE" });
  });
});
