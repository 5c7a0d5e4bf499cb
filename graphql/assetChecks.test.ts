// Asset checks on the API against the example: each check's latest execution, its history, and the latest status
// of every check, derived from a run's check events in the same transaction.
import { expect, it } from "vitest";
import { toEventInput } from "../lib/executor/toEventInput";
import { appendRunEvents } from "../lib/store/runEvents";
import { createRun } from "../lib/store/runs";
import { graphqlTestServer } from "./testing/graphqlTestServer";

const api = graphqlTestServer({ example: true });
const graphql = api.query;

async function recordRun(partitionKey: string, missing: number) {
  const run = await createRun(api.database.db, {
    codeLocationName: "user-events",
    snapshotId: null,
    assetKeys: ["fact_events"],
    partitions: { kind: "key", key: partitionKey },
    launchedBy: "test",
  });
  const timestamp = new Date().toISOString();
  const evaluation = (
    checkName: string,
    status: "SUCCEEDED" | "FAILED",
    severity: "WARN" | "ERROR",
    description: string,
  ) =>
    toEventInput({
      type: "ASSET_CHECK_EVALUATION",
      stepKey: "fact_events",
      assetKey: ["fact_events"],
      checkName,
      partitionKey,
      status,
      severity,
      blocking: severity === "ERROR",
      description,
      metadata: { rows_without_user: { type: "int", value: missing } },
      timestamp,
    });
  await appendRunEvents(api.database.db, run.id, [
    evaluation(
      "no_null_user_ids",
      missing === 0 ? "SUCCEEDED" : "FAILED",
      "ERROR",
      `${missing} of 500 rows have no user id.`,
    ),
    evaluation("row_count_in_range", "SUCCEEDED", "WARN", "500 rows (expected 100–5000)."),
  ]);
  return run.id;
}

it("lists an asset's checks with their latest execution, history and the statuses for badges", async () => {
  const first = await recordRun("2026-01-02", 0);
  const second = await recordRun("2026-01-03", 7);

  const node = await graphql<{
    assetNodeOrError: {
      assetChecks: {
        name: string;
        severity: string;
        blocking: boolean;
        latestExecution: {
          runId: string;
          status: string;
          description: string;
          partitionKey: string;
          metadataEntries: { label: string; value: string }[];
        } | null;
      }[];
    };
  }>(
    '{ assetNodeOrError(assetKey: { path: ["fact_events"] }) { ... on AssetNode { assetChecks { name severity blocking latestExecution { runId status description partitionKey metadataEntries { label value } } } } } }',
  );
  expect(node.assetNodeOrError.assetChecks).toEqual([
    {
      name: "no_null_user_ids",
      severity: "ERROR",
      blocking: true,
      latestExecution: {
        runId: second,
        status: "FAILED",
        description: "7 of 500 rows have no user id.",
        partitionKey: "2026-01-03",
        metadataEntries: [{ label: "rows_without_user", value: "7" }],
      },
    },
    {
      name: "row_count_in_range",
      severity: "WARN",
      blocking: false,
      latestExecution: expect.objectContaining({ status: "SUCCEEDED" }),
    },
  ]);

  const history = await graphql<{ assetCheckExecutions: { runId: string; status: string }[] }>(
    '{ assetCheckExecutions(assetKey: { path: ["fact_events"] }, checkName: "no_null_user_ids") { runId status } }',
  );
  expect(history.assetCheckExecutions).toEqual([
    { runId: second, status: "FAILED" },
    { runId: first, status: "SUCCEEDED" },
  ]);

  const statuses = await graphql<{
    assetCheckLatestStatuses: { assetKey: { path: string[] }; checkName: string; status: string; severity: string }[];
  }>("{ assetCheckLatestStatuses { assetKey { path } checkName status severity } }");
  expect(statuses.assetCheckLatestStatuses).toEqual(
    expect.arrayContaining([
      { assetKey: { path: ["fact_events"] }, checkName: "no_null_user_ids", status: "FAILED", severity: "ERROR" },
      { assetKey: { path: ["fact_events"] }, checkName: "row_count_in_range", status: "SUCCEEDED", severity: "WARN" },
    ]),
  );

  // The check events are in the run's log with a readable message.
  const events = await api.database.db.event.findMany({
    where: { runId: second, eventType: "ASSET_CHECK_EVALUATION" },
    orderBy: { id: "asc" },
  });
  expect(events.map((e) => [e.level, e.message])).toEqual([
    ["ERROR", "Check no_null_user_ids on fact_events failed: 7 of 500 rows have no user id."],
    ["INFO", "Check row_count_in_range on fact_events passed: 500 rows (expected 100–5000)."],
  ]);
});

it("names each asset's checks before any has run, for lists that say which are still to run", async () => {
  const { assetNodes } = await graphql<{ assetNodes: { assetKey: { path: string[] }; checkNames: string[] }[] }>(
    "{ assetNodes { assetKey { path } checkNames } }",
  );
  const byKey = new Map(assetNodes.map((n) => [n.assetKey.path.join("/"), n.checkNames]));
  expect(byKey.get("fact_events")).toEqual(["no_null_user_ids", "row_count_in_range"]);
  expect(byKey.get("raw_events")).toEqual([]);
});
