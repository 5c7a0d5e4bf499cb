// Idempotent launches through the API: one idempotency key launches one run (or backfill) and writes one audit event,
// retried one after another or racing; a malformed key is refused naming the field, and nothing is stored.
import { describe, expect, it } from "vitest";
import { createPartitionBackfill } from "../lib/orchestration/backfills/backfills";
import { launchRun } from "../lib/orchestration/runs/launchRun";
import { graphqlTestServer } from "./testing/graphqlTestServer";

const api = graphqlTestServer({ example: true });

const LAUNCH = `mutation ($input: LaunchRunInput!) {
  launchRun(input: $input) {
    __typename
    ... on LaunchRunSuccess { replayed run { runId assetSelection { path } } }
    ... on InvalidIdempotencyKeyError { field message }
    ... on LaunchRunError { message }
  }
}`;
const REEXECUTE = `mutation ($params: ReexecutionParams!) {
  launchRunReexecution(params: $params) {
    __typename
    ... on LaunchRunSuccess { replayed run { runId } }
    ... on InvalidIdempotencyKeyError { field message }
    ... on LaunchRunError { message }
  }
}`;
const BACKFILL = `mutation ($input: LaunchPartitionBackfillInput!) {
  launchPartitionBackfill(input: $input) {
    __typename
    ... on LaunchPartitionBackfillSuccess { replayed backfill { backfillId } }
    ... on InvalidIdempotencyKeyError { field message }
    ... on LaunchRunError { message }
  }
}`;

type LaunchAnswer = {
  __typename: string;
  replayed?: boolean;
  run?: { runId: string; assetSelection: { path: string[] }[] };
  field?: string;
  message?: string;
};
type BackfillAnswer = {
  __typename: string;
  replayed?: boolean;
  backfill?: { backfillId: string };
  field?: string;
  message?: string;
};

const launch = async (input: Record<string, unknown>) =>
  (await api.query<{ launchRun: LaunchAnswer }>(LAUNCH, { input })).launchRun;
const reexecute = async (params: Record<string, unknown>) =>
  (await api.query<{ launchRunReexecution: LaunchAnswer }>(REEXECUTE, { params })).launchRunReexecution;
const backfill = async (input: Record<string, unknown>) =>
  (await api.query<{ launchPartitionBackfill: BackfillAnswer }>(BACKFILL, { input })).launchPartitionBackfill;
const auditCount = (action: string) => api.database.db.auditEvent.count({ where: { action } });
const counts = async () => ({
  runs: await api.database.db.run.count(),
  backfills: await api.database.db.backfill.count(),
  jobs: await queueJobs(),
});
const queueJobs = async () =>
  Number((await api.database.db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs`)[0]?.n ?? 0);

describe("launchRun with an idempotency key", () => {
  it("launches once when the same key is sent again, returning the same run and auditing once", async () => {
    const input = { selection: "raw_events", partitionKey: "2026-01-05", idempotencyKey: "click-1" };
    const first = await launch(input);
    expect(first).toMatchObject({ __typename: "LaunchRunSuccess", replayed: false });
    const before = await counts();
    const again = await launch(input);
    expect(again).toMatchObject({ __typename: "LaunchRunSuccess", replayed: true, run: { runId: first.run?.runId } });
    expect(await counts()).toEqual(before);
    expect(await api.database.db.auditEvent.count({ where: { action: "run.launch", target: first.run?.runId } })).toBe(
      1,
    );
  });

  it("launches once when requests with one key race, and every request gets that run", async () => {
    const before = await counts();
    const audits = await auditCount("run.launch");
    const input = {
      selection: "raw_events",
      partitionKey: "2026-01-06",
      idempotencyKey: "3f1c2a9e-8b7d-4c6e-9f0a-1b2c3d4e5f60",
    };
    const answers = await Promise.all(Array.from({ length: 5 }, () => launch(input)));
    expect(new Set(answers.map((a) => a.__typename))).toEqual(new Set(["LaunchRunSuccess"]));
    expect(new Set(answers.map((a) => a.run?.runId)).size).toBe(1);
    expect(answers.filter((a) => !a.replayed)).toHaveLength(1);
    expect(await counts()).toEqual({ ...before, runs: before.runs + 1, jobs: before.jobs + 1 });
    expect(await auditCount("run.launch")).toBe(audits + 1);
    const run = await api.database.db.run.findUniqueOrThrow({
      where: { id: answers[0]!.run!.runId },
      include: { steps: true, events: true },
    });
    expect(run.steps).toHaveLength(1);
    expect(run.events.filter((e) => e.eventType === "RUN_ENQUEUED")).toHaveLength(1);
  });

  it("returns the first run for a key reused by a different launch, as documented", async () => {
    const first = await launch({ selection: "raw_events", partitionKey: "2026-01-07", idempotencyKey: "reused" });
    const other = await launch({ selection: "raw_events", partitionKey: "2026-01-08", idempotencyKey: "reused" });
    expect(other).toMatchObject({ __typename: "LaunchRunSuccess", replayed: true, run: { runId: first.run?.runId } });
  });

  it("refuses an empty, overlong or unsafe key with InvalidIdempotencyKeyError naming the field, and stores nothing", async () => {
    const before = await counts();
    for (const idempotencyKey of ["", "k".repeat(201), "two words", "a/b"]) {
      const answer = await launch({ selection: "raw_events", partitionKey: "2026-01-05", idempotencyKey });
      expect(answer).toMatchObject({
        __typename: "InvalidIdempotencyKeyError",
        field: "idempotencyKey",
        message: expect.stringMatching(/^idempotencyKey /),
      });
    }
    expect(await counts()).toEqual(before);
  });

  it("still applies the caller's role check to a replayed launch", async () => {
    const first = await launchRun(api.database.db, {
      selection: "raw_events",
      partitions: { kind: "key", key: "2026-01-09" },
      launchedBy: "alice",
      idempotencyKey: "guarded",
    });
    expect(first.kind).toBe("success");
    const refused = await launchRun(api.database.db, {
      selection: "raw_events",
      partitions: { kind: "key", key: "2026-01-09" },
      launchedBy: "bob",
      idempotencyKey: "guarded",
      authorize: (keys) => `bob may not launch ${keys.join(", ")}`,
    });
    expect(refused).toEqual({ kind: "unauthorized", message: "bob may not launch raw_events" });
  });
});

describe("launchRunReexecution with an idempotency key", () => {
  it("re-executes once for one key, sequentially and racing, and audits once", async () => {
    const parent = await launch({ selection: "raw_events", partitionKey: "2026-01-10" });
    const params = { parentRunId: parent.run?.runId, strategy: "ALL_STEPS", idempotencyKey: "reexecute-1" };
    const audits = await auditCount("run.reexecute");
    const before = await counts();
    const answers = await Promise.all([reexecute(params), reexecute(params), reexecute(params)]);
    answers.push(await reexecute(params));
    expect(new Set(answers.map((a) => a.run?.runId)).size).toBe(1);
    expect(answers.filter((a) => !a.replayed)).toHaveLength(1);
    expect(await counts()).toEqual({ ...before, runs: before.runs + 1, jobs: before.jobs + 1 });
    expect(await auditCount("run.reexecute")).toBe(audits + 1);
  });

  it("refuses a bad key naming the field", async () => {
    const parent = await launch({ selection: "raw_events", partitionKey: "2026-01-10" });
    const answer = await reexecute({
      parentRunId: parent.run?.runId,
      strategy: "ALL_STEPS",
      idempotencyKey: "no spaces",
    });
    expect(answer).toMatchObject({ __typename: "InvalidIdempotencyKeyError", field: "idempotencyKey" });
  });

  it("keeps run keys and backfill keys apart: a run's key still launches a backfill", async () => {
    await launch({ selection: "raw_events", partitionKey: "2026-01-11", idempotencyKey: "shared-key" });
    const answer = await backfill({
      selection: "raw_events",
      partitionSelection: "2026-01-11",
      idempotencyKey: "shared-key",
    });
    expect(answer).toMatchObject({ __typename: "LaunchPartitionBackfillSuccess", replayed: false });
  });
});

describe("launchPartitionBackfill with an idempotency key", () => {
  it("launches one backfill for one key, sequentially and racing, and audits once", async () => {
    const input = {
      selection: "raw_events",
      partitionSelection: "2026-01-01...2026-01-03",
      idempotencyKey: "backfill-1",
    };
    const audits = await auditCount("backfill.launch");
    const before = await counts();
    const answers = await Promise.all([backfill(input), backfill(input), backfill(input)]);
    answers.push(await backfill(input));
    expect(new Set(answers.map((a) => a.__typename))).toEqual(new Set(["LaunchPartitionBackfillSuccess"]));
    expect(new Set(answers.map((a) => a.backfill?.backfillId)).size).toBe(1);
    expect(answers.filter((a) => !a.replayed)).toHaveLength(1);
    expect(await counts()).toEqual({ ...before, backfills: before.backfills + 1 });
    expect(await auditCount("backfill.launch")).toBe(audits + 1);
  });

  it("refuses a bad key naming the field, and stores nothing", async () => {
    const before = await counts();
    const answer = await backfill({
      selection: "raw_events",
      partitionSelection: "2026-01-01",
      idempotencyKey: "k".repeat(201),
    });
    expect(answer).toMatchObject({
      __typename: "InvalidIdempotencyKeyError",
      field: "idempotencyKey",
      message: expect.stringContaining("at most 200"),
    });
    expect(await counts()).toEqual(before);
  });

  it("still applies the caller's role check to a replayed backfill", async () => {
    const input = {
      selection: "raw_events",
      partitionSelection: "2026-01-04",
      launchedBy: "alice",
      idempotencyKey: "guarded-backfill",
    };
    expect((await createPartitionBackfill(api.database.db, input)).kind).toBe("success");
    const refused = await createPartitionBackfill(api.database.db, {
      ...input,
      launchedBy: "bob",
      authorize: () => "bob may not backfill raw_events",
    });
    expect(refused).toEqual({ kind: "unauthorized", message: "bob may not backfill raw_events" });
  });
});
