// What runs is what you see: a reload that changes only a compute body reaches the next run, through a real worker and
// its warm run processes, and each run records the code hash it executed.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchRun } from "../orchestration/runs/launchRun";
import { upsertCodeLocation } from "../store/codeLocations";
import { eventsForRun } from "../store/runQueries";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";
import { reloadCodeLocation } from "./reloadCodeLocation";
import { type StrataWorker, startWorker } from "./worker";

let database: TestDatabase;
let dir: string;
let worker: StrataWorker;
const sdk = path.resolve("lib/sdk/index.ts");

/** The same definitions every time; only what `answer`'s compute returns differs. */
const definitions = (answer: number) => `import { asset, defineDefinitions } from ${JSON.stringify(sdk)};
export default defineDefinitions({
  assets: [asset({ key: "answer", compute: (_inputs, ctx) => { ctx.addOutputMetadata({ answer: ${answer} }); return ${answer}; } })],
});
`;

beforeAll(async () => {
  database = await createTestDatabase();
  dir = await mkdtemp(path.join(os.tmpdir(), "strata-code-reload-"));
  await writeFile(path.join(dir, "definitions.ts"), definitions(1));
  await upsertCodeLocation(database.db, "editable", path.join(dir, "definitions.ts"));
  expect((await reloadCodeLocation(database.db, "editable"))?.lastReloadChange).toBe("DEFINITIONS");
  worker = await startWorker({ databaseUrl: database.url, concurrency: 1, storageDir: path.join(dir, "storage") });
});

afterAll(async () => {
  await worker?.stop();
  await database?.drop();
  await rm(dir, { recursive: true, force: true });
});

async function runAnswer(): Promise<{ answer: unknown; codeHash: string | null }> {
  const launched = await launchRun(database.db, { selection: "answer", runConfig: null, launchedBy: "test" });
  if (launched.kind !== "success") throw new Error(`launch failed: ${JSON.stringify(launched)}`);
  const deadline = Date.now() + 60_000;
  for (;;) {
    const run = await database.db.run.findUniqueOrThrow({ where: { id: launched.run.id } });
    if (run.status === "SUCCESS" || run.status === "FAILURE") {
      expect(run.status).toBe("SUCCESS");
      const { events } = await eventsForRun(database.db, run.id, null, 1000);
      const materialization = events.find((e) => e.eventType === "ASSET_MATERIALIZATION");
      return { answer: materialization?.metadata.answer, codeHash: run.codeHash };
    }
    if (Date.now() > deadline) throw new Error(`run ${run.id} is still ${run.status}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("reloading a code location whose compute body changed", () => {
  it("runs the new body in a fresh run process and records the new code hash", async () => {
    const first = await runAnswer();
    const before = await database.db.codeLocation.findUniqueOrThrow({ where: { name: "editable" } });
    expect(first).toEqual({ answer: { type: "int", value: 1 }, codeHash: before.codeHash });

    await writeFile(path.join(dir, "definitions.ts"), definitions(2));
    const reloaded = await reloadCodeLocation(database.db, "editable");
    expect(reloaded?.lastReloadChange).toBe("CODE");
    expect(reloaded?.snapshotId).toBe(before.currentSnapshotId);
    expect(reloaded?.codeHash).not.toBe(before.codeHash);

    const second = await runAnswer();
    expect(second).toEqual({ answer: { type: "int", value: 2 }, codeHash: reloaded?.codeHash });
  });

  it("says nothing changed when the files are as they were", async () => {
    expect((await reloadCodeLocation(database.db, "editable"))?.lastReloadChange).toBe("NONE");
  });
});
