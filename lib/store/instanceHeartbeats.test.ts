// Heartbeats of daemons and workers: healthy while they beat, not responding when silent, stopped when they say so.
import { afterAll, beforeAll, expect, it } from "vitest";
import { listInstanceProcesses, processIdentity, recordHeartbeat, recordStopped } from "./instanceHeartbeats";
import { createTestDatabase, type TestDatabase } from "./testing/testDatabase";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.drop());

it("tells healthy, silent and stopped processes apart", async () => {
  const at = (iso: string) => new Date(iso);
  const daemon = processIdentity("DAEMON", "daemon:a");
  const worker = processIdentity("WORKER", "worker:b");
  await recordHeartbeat(
    database.db,
    daemon,
    { loops: { backfills: { intervalMs: 1000, lastTickAt: null, lastError: null } } },
    at("2026-03-01T10:00:00Z"),
  );
  await recordHeartbeat(database.db, worker, { concurrency: 2, runIds: [] }, at("2026-03-01T10:00:00Z"));
  const health = async (now: string) =>
    Object.fromEntries((await listInstanceProcesses(database.db, at(now))).map((p) => [p.id, p.health]));

  expect(await health("2026-03-01T10:00:20Z")).toEqual({ "daemon:a": "HEALTHY", "worker:b": "HEALTHY" });
  expect(await health("2026-03-01T10:00:40Z")).toEqual({ "daemon:a": "NOT_RESPONDING", "worker:b": "NOT_RESPONDING" });
  await recordHeartbeat(database.db, daemon, {}, at("2026-03-01T10:00:38Z"));
  await recordStopped(database.db, worker);
  expect(await health("2026-03-01T10:00:40Z")).toEqual({ "daemon:a": "HEALTHY", "worker:b": "STOPPED" });
});
