// The backfill API against a real Postgres: preview, launch, read, cancel and retry, with errors as union members.
import { afterAll, beforeAll, expect, it } from "vitest";
import { tickBackfills } from "../../lib/orchestration/backfills/backfillSubmission";
import { BACKFILL_TEST_NOW, saveBackfillLocation } from "../../lib/store/testing/backfillLocation";
import { failRun, succeedRun } from "../../lib/store/testing/runOutcomes";
import { createTestDatabase, type TestDatabase } from "../../lib/store/testing/testDatabase";
import { createGraphQLServer } from "../yoga";

let database: TestDatabase;
let yoga: ReturnType<typeof createGraphQLServer>;

async function graphql<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await yoga.fetch("http://localhost/api/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("\n"));
  return body.data as T;
}

beforeAll(async () => {
  database = await createTestDatabase();
  yoga = createGraphQLServer(() => database.db);
  await saveBackfillLocation(database.db);
});
afterAll(async () => database?.drop());

const LAUNCH = `mutation ($input: LaunchPartitionBackfillInput!) {
  launchPartitionBackfill(input: $input) {
    __typename
    ... on LaunchPartitionBackfillSuccess { backfill { backfillId status numRuns numPartitions partitionSelection assetSelection { path } } }
    ... on AssetNotFoundError { message }
    ... on InvalidSelectionError { message position }
    ... on InvalidPartitionSelectionError { message }
    ... on RunConfigValidationInvalid { errors { path message } }
    ... on LaunchRunError { message }
  }
}`;

const DETAIL = `query ($id: String!) {
  backfillOrError(backfillId: $id) {
    __typename
    ... on Backfill {
      status
      progress { numRuns numQueued numSucceeded numFailed numSkipped numNotSubmitted }
      assetStatuses { assetKey { path } numTargeted numMaterialized numFailed numSkipped partitions { partitionKey status runId } }
      runs { partitionKey backfillId status }
    }
    ... on BackfillNotFoundError { message }
  }
}`;

type Launch = {
  launchPartitionBackfill: {
    __typename: string;
    message?: string;
    backfill?: {
      backfillId: string;
      status: string;
      numRuns: number;
      numPartitions: number;
      partitionSelection: string;
    };
  };
};

it("previews, launches and reports problems as union members", async () => {
  const preview = await graphql<{ partitionBackfillPreview: unknown }>(
    `query ($input: LaunchPartitionBackfillInput!) { partitionBackfillPreview(input: $input) { __typename ... on PartitionBackfillPreview { numPartitions numRuns assets { assetKey { path } numPartitions } } } }`,
    { input: { selection: "regional", partitionSelection: "us...eu" } },
  );
  expect(preview.partitionBackfillPreview).toEqual({
    __typename: "PartitionBackfillPreview",
    numPartitions: 2,
    numRuns: 2,
    assets: [{ assetKey: { path: ["regional"] }, numPartitions: 2 }],
  });

  const launched = await graphql<Launch>(LAUNCH, {
    input: { assetSelection: [{ path: ["events", "raw"] }], partitionSelection: "2024-01-01...2024-01-03" },
  });
  expect(launched.launchPartitionBackfill).toMatchObject({
    __typename: "LaunchPartitionBackfillSuccess",
    backfill: { status: "REQUESTED", numRuns: 3, numPartitions: 3, partitionSelection: "2024-01-01...2024-01-03" },
  });

  const problems = await Promise.all([
    graphql<Launch>(LAUNCH, { input: { assetSelection: [{ path: ["regionl"] }] } }),
    graphql<Launch>(LAUNCH, { input: { selection: "regional and (" } }),
    graphql<Launch>(LAUNCH, { input: { selection: "regional", partitionSelection: "mars" } }),
    graphql<Launch>(LAUNCH, { input: { selection: "regional", runConfig: "[]" } }),
    graphql<Launch>(LAUNCH, { input: { selection: "plain" } }),
  ]);
  expect(problems.map((p) => p.launchPartitionBackfill.__typename)).toEqual([
    "AssetNotFoundError",
    "InvalidSelectionError",
    "InvalidPartitionSelectionError",
    "RunConfigValidationInvalid",
    "LaunchRunError",
  ]);
});

it("reads a backfill's progress and partitions, lists, cancels and retries it", async () => {
  const launched = await graphql<Launch>(LAUNCH, {
    input: { selection: "regional", tags: [{ key: "team", value: "data" }] },
  });
  const id = launched.launchPartitionBackfill.backfill!.backfillId;
  await tickBackfills(database.db, { now: BACKFILL_TEST_NOW, chunkSize: 2, maxQueuedRuns: 10, backfillIds: [id] });
  const [us, eu] = await database.db.run.findMany({ where: { backfillId: id }, orderBy: { createdAt: "asc" } });
  await succeedRun(database.db, us!.id);
  await failRun(database.db, eu!.id);

  const detail = await graphql<{ backfillOrError: Record<string, unknown> }>(DETAIL, { id });
  expect(detail.backfillOrError).toMatchObject({
    __typename: "Backfill",
    status: "REQUESTED",
    progress: { numRuns: 3, numQueued: 0, numSucceeded: 1, numFailed: 1, numSkipped: 0, numNotSubmitted: 1 },
    assetStatuses: [
      {
        assetKey: { path: ["regional"] },
        numTargeted: 3,
        numMaterialized: 1,
        numFailed: 1,
        partitions: [
          { partitionKey: "us", status: "MATERIALIZED", runId: us!.id },
          { partitionKey: "eu", status: "FAILED", runId: eu!.id },
          { partitionKey: "apac", status: "NOT_SUBMITTED", runId: null },
        ],
      },
    ],
  });
  expect((detail.backfillOrError.runs as { backfillId: string }[]).map((r) => r.backfillId)).toEqual([id, id]);

  const list = await graphql<{ backfills: { results: { backfillId: string }[] } }>(
    `{ backfills(limit: 10) { results { backfillId } nextCursor } }`,
  );
  expect(list.backfills.results[0]?.backfillId).toBe(id);

  const canceled = await graphql<{ cancelBackfill: Record<string, unknown> }>(
    `mutation ($id: String!) { cancelBackfill(backfillId: $id) { __typename ... on Backfill { status } } }`,
    { id },
  );
  expect(canceled.cancelBackfill).toEqual({ __typename: "Backfill", status: "CANCELED" });

  const retried = await graphql<{ retryBackfill: { __typename: string; backfill?: { partitionSelection: string } } }>(
    `mutation ($id: String!) { retryBackfill(backfillId: $id) { __typename ... on LaunchPartitionBackfillSuccess { backfill { partitionSelection } } } }`,
    { id },
  );
  // The failed partition and the one the cancel left unsubmitted.
  expect(retried.retryBackfill).toEqual({
    __typename: "LaunchPartitionBackfillSuccess",
    backfill: { partitionSelection: "eu...apac" },
  });

  const missing = await graphql<{ backfillOrError: Record<string, unknown> }>(DETAIL, { id: "nothere1" });
  expect(missing.backfillOrError).toEqual({
    __typename: "BackfillNotFoundError",
    message: "No backfill with id nothere1.",
  });
});
