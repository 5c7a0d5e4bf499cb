// Freshness on the API against the example: fact_events' cron policy and how it stands now.
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { graphqlTestServer } from "./testing/graphqlTestServer";

const api = graphqlTestServer({ example: true });

// The policy's deadline is 07:00 UTC with a 2-hour warning: the clock stands at noon, so the verdict does not depend on
// when the tests run. Only Date is faked; Postgres' timers keep running.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-06-15T12:00:00Z"));
});
afterEach(() => vi.useRealTimers());

const QUERY = `{ assetNodes { assetKey { path } freshnessPolicy { maximumLagMinutes warnAfterMinutes cronSchedule cronScheduleTimezone } freshnessInfo { status minutesLate reason } } }`;

interface Node {
  assetKey: { path: string[] };
  freshnessPolicy: Record<string, unknown> | null;
  freshnessInfo: { status: string; minutesLate: number; reason: string } | null;
}

async function factEvents(): Promise<Node> {
  const nodes = (await api.query<{ assetNodes: Node[] }>(QUERY)).assetNodes;
  expect(nodes.find((n) => n.assetKey.path.join("/") === "raw_events")?.freshnessInfo).toBeNull();
  return nodes.find((n) => n.assetKey.path.join("/") === "fact_events") as Node;
}

it("gives fact_events' policy, stale until it materializes and fresh after", async () => {
  const before = await factEvents();
  expect(before.freshnessPolicy).toEqual({
    maximumLagMinutes: 1440,
    warnAfterMinutes: 120,
    cronSchedule: "0 7 * * *",
    cronScheduleTimezone: "UTC",
  });
  expect(before.freshnessInfo?.status).toBe("STALE");
  expect(before.freshnessInfo?.reason).toMatch(/deadline .* it never materialized$/);

  await api.database.db.assetStatus.create({ data: { assetKey: "fact_events", lastMaterializationAt: new Date() } });
  const after = await factEvents();
  expect(after.freshnessInfo).toMatchObject({ status: "FRESH", minutesLate: 0 });
});
