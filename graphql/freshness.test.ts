// Freshness on the API against the example: fact_events' cron policy and how it stands now.
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { reloadCodeLocation } from "../lib/executor/reloadCodeLocation";
import { upsertCodeLocation } from "../lib/store/codeLocations";
import { createTestDatabase, type TestDatabase } from "../lib/store/testing/testDatabase";
import { createGraphQLServer } from "./yoga";

let database: TestDatabase;
let yoga: ReturnType<typeof createGraphQLServer>;
beforeAll(async () => {
  database = await createTestDatabase();
  yoga = createGraphQLServer(() => database.db);
  await upsertCodeLocation(database.db, "user-events", path.resolve("examples/user-events/definitions.ts"));
  expect((await reloadCodeLocation(database.db, "user-events"))?.loadError).toBeNull();
});
afterAll(async () => database?.drop());

const QUERY = `{ assetNodes { assetKey { path } freshnessPolicy { maximumLagMinutes warnAfterMinutes cronSchedule cronScheduleTimezone } freshnessInfo { status minutesLate reason } } }`;

interface Node {
  assetKey: { path: string[] };
  freshnessPolicy: Record<string, unknown> | null;
  freshnessInfo: { status: string; minutesLate: number; reason: string } | null;
}

async function factEvents(): Promise<Node> {
  const response = await yoga.fetch("http://localhost/api/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: QUERY }) });
  const body = (await response.json()) as { data: { assetNodes: Node[] } };
  const nodes = body.data.assetNodes;
  expect(nodes.find((n) => n.assetKey.path.join("/") === "raw_events")?.freshnessInfo).toBeNull();
  return nodes.find((n) => n.assetKey.path.join("/") === "fact_events") as Node;
}

it("gives fact_events' policy, stale until it materializes and fresh after", async () => {
  const before = await factEvents();
  expect(before.freshnessPolicy).toEqual({ maximumLagMinutes: 1440, warnAfterMinutes: 120, cronSchedule: "0 7 * * *", cronScheduleTimezone: "UTC" });
  expect(before.freshnessInfo?.status).toBe("STALE");
  expect(before.freshnessInfo?.reason).toMatch(/deadline .* it never materialized$/);

  await database.db.assetStatus.create({ data: { assetKey: "fact_events", lastMaterializationAt: new Date() } });
  const after = await factEvents();
  expect(after.freshnessInfo).toMatchObject({ status: "FRESH", minutesLate: 0 });
});
