// The OpenLineage export's outbox on the API: empty until something is queued, then what was sent, what waits and
// the latest event given up with its error, as the daemon's loop left them in a real Postgres.
import { mkdtemp } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { lineageExportLoop } from "../lib/daemon/lineageExportDaemon";
import { MAX_LINEAGE_ATTEMPTS } from "../lib/orchestration/lineageExport/lineageExport";
import { createRun } from "../lib/store/runs";
import { failRun } from "../lib/store/testing/runOutcomes";
import { graphqlTestServer } from "./testing/graphqlTestServer";

const api = graphqlTestServer();
const QUERY = "{ lineageExport { pending sent failed lastFailure { runId stepKey eventType error at } } }";

it("counts the outbox and names the latest event given up", async () => {
  expect(await api.query(QUERY)).toEqual({ lineageExport: { pending: 0, sent: 0, failed: 0, lastFailure: null } });

  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const down = `http://127.0.0.1:${(probe.address() as AddressInfo).port}/lineage`;
  await new Promise((resolve) => probe.close(resolve));
  const db = api.database.db;
  const namespace = "strata://api-test";
  const failing = lineageExportLoop(db, {
    namespace,
    transport: { type: "http", url: down, apiKey: null, timeoutMs: 2_000 },
  });
  let now = new Date("2026-03-02T06:00:00Z");
  await failing.tick(now);
  const run = await createRun(db, {
    codeLocationName: "nowhere",
    snapshotId: null,
    assetKeys: ["report"],
    launchedBy: "test",
  });
  await failRun(db, run.id);
  for (let attempt = 0; attempt < MAX_LINEAGE_ATTEMPTS; attempt++) {
    now = new Date(now.getTime() + 31 * 60_000);
    await failing.tick(now);
  }
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), "strata-lineage-")), "lineage.jsonl");
  await lineageExportLoop(db, { namespace, transport: { type: "file", path: file } }).tick(now);

  expect(await api.query(QUERY)).toEqual({
    lineageExport: {
      pending: 0,
      sent: 1,
      failed: 1,
      lastFailure: {
        runId: run.id,
        stepKey: "report",
        eventType: "START",
        error: `Posting to ${down} failed: fetch failed (ECONNREFUSED)`,
        // Given up at the last failing tick.
        at: now.toISOString(),
      },
    },
  });
});
