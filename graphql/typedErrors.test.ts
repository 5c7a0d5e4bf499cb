// Bad client input answers a typed error (a union member, or a GraphQL error naming the problem), never
// "Unexpected error." or HTTP 500: ids that name nothing, deep selections, alias bombs, cursors and limits.
import { describe, expect, it } from "vitest";
import { MAX_SELECTION_NESTING } from "../lib/core/selection";
import { graphqlTestServer } from "./testing/graphqlTestServer";

const api = graphqlTestServer({ example: true });

/** A run id that passes a loose format check ([0-9a-f-]{36}) but is no UUID, and a UUID that names no run. */
const NOT_A_UUID = "-".repeat(36);
const NO_SUCH_RUN = "00000000-0000-0000-0000-000000000000";
const ALIAS_BOMB = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
  "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
  "d: [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
].join("\n");

function expectNoUnexpectedError(body: { errors?: { message: string }[] }) {
  expect(body.errors?.map((e) => e.message) ?? []).not.toContain("Unexpected error.");
}

describe("ids that name nothing", () => {
  it.each([NOT_A_UUID, NO_SUCH_RUN])(
    "runOrError, logsForRun, terminateRun and launchRunReexecution answer not-found for %s",
    async (runId) => {
      const body = await api.request<Record<string, { __typename: string; message?: string }>>(
        `query ($id: ID!) { runOrError(runId: $id) { __typename ... on RunNotFoundError { message } } logsForRun(runId: $id) { __typename } }`,
        { id: runId },
      );
      expect(body.data).toEqual({
        runOrError: { __typename: "RunNotFoundError", message: `No run with id ${runId}.` },
        logsForRun: { __typename: "RunNotFoundError" },
      });
      const mutations = await api.request<Record<string, { __typename: string; message?: string }>>(
        `mutation ($id: String!) {
        terminateRun(runId: $id) { __typename ... on RunNotFoundError { message } }
        launchRunReexecution(params: { parentRunId: $id, strategy: ALL_STEPS }) { __typename ... on LaunchRunError { message } }
      }`,
        { id: runId },
      );
      expect(mutations.data).toEqual({
        terminateRun: { __typename: "RunNotFoundError", message: `No run with id ${runId}.` },
        launchRunReexecution: { __typename: "LaunchRunError", message: `No run with id ${runId}.` },
      });
    },
  );

  it("backfillOrError, cancelBackfill and retryBackfill answer not-found for ids that name no backfill", async () => {
    for (const id of ["zzzzzzzz", "-".repeat(8), "x".repeat(5000)]) {
      const query = await api.request<{ backfillOrError: { __typename: string } }>(
        `query ($id: String!) { backfillOrError(backfillId: $id) { __typename } }`,
        { id },
      );
      expect(query.data?.backfillOrError.__typename).toBe("BackfillNotFoundError");
      const body = await api.request<{
        cancelBackfill: { __typename: string };
        retryBackfill: { __typename: string; message: string };
      }>(
        `mutation ($id: String!) { cancelBackfill(backfillId: $id) { __typename } retryBackfill(backfillId: $id) { __typename ... on LaunchRunError { message } } }`,
        { id },
      );
      expect(body.data?.cancelBackfill.__typename).toBe("BackfillNotFoundError");
      expect(body.data?.retryBackfill).toEqual({ __typename: "LaunchRunError", message: `No backfill with id ${id}.` });
    }
  });
});

describe("deep selections", () => {
  const LAUNCH = `mutation ($s: String) { launchRun(input: { selection: $s }) { __typename ... on InvalidSelectionError { message position } } }`;

  it.each([
    ["5,000 nested parentheses", `${"(".repeat(5000)}raw_events${")".repeat(5000)}`],
    ["5,000 nots", `${"not ".repeat(5000)}raw_events`],
    ["nested traversals", `${"+(".repeat(3000)}raw_events${")".repeat(3000)}`],
  ])("%s are an InvalidSelectionError naming the limit", async (_name, selection) => {
    const body = await api.request<{ launchRun: { __typename: string; message: string } }>(LAUNCH, { s: selection });
    expect(body.data?.launchRun).toMatchObject({
      __typename: "InvalidSelectionError",
      message: expect.stringContaining(`more than ${MAX_SELECTION_NESTING} levels deep`),
    });
    const preview = await api.request<{ partitionBackfillPreview: { __typename: string } }>(
      `query ($s: String) { partitionBackfillPreview(input: { selection: $s }) { __typename } }`,
      { s: selection },
    );
    expect(preview.data?.partitionBackfillPreview.__typename).toBe("InvalidSelectionError");
  });

  it("a chain of + signs is a syntax error at its position", async () => {
    const body = await api.request<{ launchRun: { __typename: string; position: number } }>(LAUNCH, {
      s: `${"+".repeat(5000)}raw_events`,
    });
    expect(body.data?.launchRun).toMatchObject({ __typename: "InvalidSelectionError", position: 1 });
  });

  it("refuses assetSelection and selection given together, naming both", async () => {
    const body = await api.request<{ launchRun: { __typename: string; message: string } }>(
      `mutation { launchRun(input: { selection: "raw_events", assetSelection: [{ path: ["raw_events"] }], partitionKey: "2026-01-05" }) { __typename ... on LaunchRunError { message } } }`,
    );
    expect(body.data?.launchRun).toEqual({
      __typename: "LaunchRunError",
      message: "Give assetSelection (asset keys) or selection (selection syntax), not both.",
    });
  });
});

describe("hostile run config", () => {
  it("refuses a YAML alias bomb as invalid config, at launch and in the launchpad's check", async () => {
    const body = await api.request<{ launchRun: { __typename: string; errors: { message: string }[] } }>(
      `mutation ($c: String) { launchRun(input: { selection: "raw_events", partitionKey: "2026-01-05", runConfig: $c }) { __typename ... on RunConfigValidationInvalid { errors { message } } } }`,
      { c: ALIAS_BOMB },
    );
    expect(body.data?.launchRun).toEqual({
      __typename: "RunConfigValidationInvalid",
      errors: [{ message: "Run config is refused: it expands more than 100 aliases (*name)." }],
    });
    const check = await api.request<{ isRunConfigValid: { __typename: string } }>(
      `query ($c: String!) { isRunConfigValid(target: { selection: "raw_events" }, runConfig: $c) { __typename } }`,
      { c: ALIAS_BOMB },
    );
    expect(check.data?.isRunConfigValid.__typename).toBe("RunConfigValidationInvalid");
  });
});

describe("cursors and limits", () => {
  it("runsOrError refuses negative, huge and non-id cursors and limits, and a cursor naming no run", async () => {
    const messages: string[] = [];
    for (const args of [
      "limit: -1",
      "limit: 2147483647",
      `cursor: "${NOT_A_UUID}"`,
      'cursor: "12"',
      `cursor: "${NO_SUCH_RUN}"`,
    ]) {
      const body = await api.request<{ runsOrError: { __typename: string; message: string } }>(
        `{ runsOrError(${args}) { __typename ... on InvalidRunsFilterError { message } } }`,
      );
      expectNoUnexpectedError(body);
      expect(body.data?.runsOrError.__typename).toBe("InvalidRunsFilterError");
      messages.push(body.data!.runsOrError.message);
    }
    expect(messages).toEqual([
      "limit must be between 1 and 200, got -1.",
      "limit must be between 1 and 200, got 2147483647.",
      `cursor "${NOT_A_UUID}" is not a run id.`,
      'cursor "12" is not a run id.',
      `cursor "${NO_SUCH_RUN}" names no run; start again without a cursor.`,
    ]);
  });

  it("logsForRun refuses cursors that are not event ids and clamps limits; a cursor past the end reads nothing", async () => {
    const launched = await api.query<{ launchRun: { run: { runId: string } } }>(
      `mutation { launchRun(input: { selection: "raw_events", partitionKey: "2026-01-05" }) { ... on LaunchRunSuccess { run { runId } } } }`,
    );
    const runId = launched.launchRun.run.runId;
    const logs = (afterCursor: string | null, limit: number | null) =>
      api.request<{
        logsForRun: { __typename: string; message?: string; events?: unknown[]; cursor?: string; hasMore?: boolean };
      }>(
        `query ($id: ID!, $after: String, $limit: Int) { logsForRun(runId: $id, afterCursor: $after, limit: $limit) { __typename ... on InvalidCursorError { message } ... on EventConnection { events { id } cursor hasMore } } }`,
        { id: runId, after: afterCursor, limit },
      );
    for (const bad of ["-1", "abc", "1.5", "99999999999999999999999", "9223372036854775808"]) {
      const body = await logs(bad, null);
      expectNoUnexpectedError(body);
      expect(body.data?.logsForRun).toMatchObject({
        __typename: "InvalidCursorError",
        message: expect.stringContaining(`afterCursor "${bad}" is not an event cursor`),
      });
    }
    const all = await logs(null, 2147483647);
    expect(all.data?.logsForRun.__typename).toBe("EventConnection");
    expect((await logs(null, -5)).data?.logsForRun.events).toHaveLength(1);
    const pastEnd = await logs("9223372036854775807", null);
    expect(pastEnd.data?.logsForRun).toMatchObject({
      __typename: "EventConnection",
      events: [],
      hasMore: false,
      cursor: "9223372036854775807",
    });
  });

  it("logsForRun refuses a filter out of bounds, naming the field; within bounds it filters on the server", async () => {
    const launched = await api.query<{ launchRun: { run: { runId: string } } }>(
      `mutation { launchRun(input: { selection: "raw_events", partitionKey: "2026-01-06" }) { ... on LaunchRunSuccess { run { runId } } } }`,
    );
    const runId = launched.launchRun.run.runId;
    const logs = (filter: Record<string, unknown>) =>
      api.request<{
        logsForRun: { __typename: string; field?: string; message?: string; events?: { eventType: string }[] };
      }>(
        `query ($id: ID!, $filter: RunEventFilter) { logsForRun(runId: $id, filter: $filter) { __typename ... on InvalidInputError { field message } ... on EventConnection { events { eventType } } } }`,
        { id: runId, filter },
      );
    const refusals: [Record<string, unknown>, string][] = [
      [{ text: "x".repeat(201) }, "filter.text"],
      [{ eventType: "X".repeat(101) }, "filter.eventType"],
      [{ stepKeys: Array.from({ length: 1001 }, (_, i) => `s${i}`) }, "filter.stepKeys"],
      [{ stepKeys: ["s".repeat(501)] }, "filter.stepKeys"],
    ];
    for (const [filter, field] of refusals) {
      const body = await logs(filter);
      expectNoUnexpectedError(body);
      expect(body.data?.logsForRun).toMatchObject({ __typename: "InvalidInputError", field });
    }
    const bad = await logs({ levels: ["LOUD"] });
    expect(bad.errors?.[0]?.message).toContain("LOUD");
    const created = await logs({ eventType: "RUN_ENQUEUED", text: "" });
    expect(created.data?.logsForRun.__typename).toBe("EventConnection");
    expect(created.data?.logsForRun.events?.length).toBeGreaterThan(0);
    expect(created.data?.logsForRun.events?.every((e) => e.eventType === "RUN_ENQUEUED")).toBe(true);
    const types = await api.request<{ runOrError: { eventTypes: string[] } }>(
      `query ($id: ID!) { runOrError(runId: $id) { ... on Run { eventTypes } } }`,
      { id: runId },
    );
    expect(types.data?.runOrError.eventTypes).toContain("RUN_ENQUEUED");
    expect(types.data?.runOrError.eventTypes).toEqual([...(types.data?.runOrError.eventTypes ?? [])].sort());
  });

  it("backfills refuses a cursor that is no backfill id or names no backfill, with INVALID_CURSOR", async () => {
    for (const [cursor, message] of [
      ["not a backfill!", 'cursor "not a backfill!" is not a backfill id.'],
      ["abcdefgh", 'cursor "abcdefgh" names no backfill; pass the nextCursor of a previous page.'],
    ]) {
      const body = await api.request(`query ($c: String) { backfills(cursor: $c) { results { id } } }`, { c: cursor });
      expectNoUnexpectedError(body);
      expect(body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([[message, "INVALID_CURSOR"]]);
    }
  });

  it("answers a GraphQL error, not an unexpected one, for out-of-range execution and tick cursors", async () => {
    const checks = await api.request(
      `{ assetCheckExecutions(assetKey: { path: ["fact_events"] }, checkName: "x", cursor: "99999999999999999999999") { id } }`,
    );
    expect(checks.errors?.map((e) => e.message)).toEqual(['cursor "99999999999999999999999" is not an execution id.']);
    const ticks = await api.request(
      `{ schedulesOrError { ... on Schedules { results { ticks(cursor: "99999999999999999999999") { id } } } } }`,
    );
    expectNoUnexpectedError(ticks);
    expect(ticks.errors?.[0]?.message).toMatch(/is not a tick id/);
  });
});
