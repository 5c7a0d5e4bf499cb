// Steps that write a lot, run by a real worker and run process against a fresh database: every ctx.log line stored in
// order, stdout read back through the API a bounded window at a time, and a refused event write failing the run whole.

import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGraphQLServer } from "../../graphql/yoga";
import { launchRun } from "../orchestration/runs/launchRun";
import { readComputeLogs } from "../store/runQueries";
import { createTestDatabase, type TestDatabase } from "../store/testing/testDatabase";
import { LOG_LINES, STDOUT_LINES } from "./testdata/chatty";
import { loadTestLocation } from "./testing/testLocation";
import { type StrataWorker, startWorker } from "./worker";

let database: TestDatabase;
let worker: StrataWorker;

beforeAll(async () => {
  database = await createTestDatabase();
  await loadTestLocation(database.db, "chatty", "lib/executor/testdata/chatty.ts");
  worker = await startWorker({
    databaseUrl: database.url,
    concurrency: 1,
    storageDir: await mkdtemp(path.join(os.tmpdir(), "strata-chatty-")),
  });
});

afterAll(async () => {
  await worker?.stop();
  await database?.drop();
});

async function runToEnd(selection: string, timeoutMs = 170_000) {
  const launched = await launchRun(database.db, { selection, runConfig: null, launchedBy: "test" });
  if (launched.kind !== "success") throw new Error(`launch failed: ${JSON.stringify(launched)}`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const run = await database.db.run.findUniqueOrThrow({
      where: { id: launched.run.id },
      include: { steps: { orderBy: { stepKey: "asc" } } },
    });
    if (["SUCCESS", "FAILURE", "CANCELED"].includes(run.status)) return run;
    if (Date.now() > deadline) throw new Error(`run ${run.id} is still ${run.status}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe("a step that writes a lot", () => {
  it(`stores all ${LOG_LINES.toLocaleString("en")} ctx.log lines of a burst, in order, and succeeds`, {
    timeout: 180_000,
  }, async () => {
    const run = await runToEnd("chatty/log_burst");
    expect(run.status).toBe("SUCCESS");
    expect(run.steps.map((step) => step.status)).toEqual(["SUCCESS"]);
    const lines = await database.db.event.findMany({
      where: { runId: run.id, eventType: "LOG" },
      orderBy: { id: "asc" },
      select: { message: true, timestamp: true },
    });
    expect(lines.length).toBe(LOG_LINES);
    expect(lines.every((line, i) => line.message === `line ${i}`)).toBe(true);
    const materializations = await database.db.event.count({
      where: { runId: run.id, eventType: "ASSET_MATERIALIZATION" },
    });
    expect(materializations).toBe(1);
    // From the first line emitted to the run's end, which is recorded once every line was written.
    const seconds = ((run.endTime?.getTime() ?? Date.now()) - (lines[0]?.timestamp.getTime() ?? 0)) / 1000;
    console.info(
      `ctx.log burst: ${LOG_LINES} lines stored in ${seconds.toFixed(2)} s, ${Math.round(LOG_LINES / seconds)} lines/s`,
    );
  });

  it(`answers ${STDOUT_LINES.toLocaleString("en")} lines of stdout in windows under a megabyte that reassemble the whole output`, {
    timeout: 180_000,
  }, async () => {
    const run = await runToEnd("chatty/stdout_flood");
    expect(run.status).toBe("SUCCESS");
    const expected = Array.from({ length: STDOUT_LINES }, (_, i) => `stdout line ${i} ${"·".repeat(i % 40)}\n`).join(
      "",
    );
    expect((await readComputeLogs(database.db, run.id, "chatty/stdout_flood")).stdout).toBe(expected);

    const yoga = createGraphQLServer(() => database.db);
    const query = `query ($runId: ID!, $stepKey: String!, $beforeCursor: String) {
      computeLogs(runId: $runId, stepKey: $stepKey, stream: STDOUT, beforeCursor: $beforeCursor) {
        __typename ... on ComputeLogs { text startCursor endCursor hasEarlier hasLater streamsWithOutput }
      }
    }`;
    type Page = {
      text: string;
      startCursor: string;
      hasEarlier: boolean;
      hasLater: boolean;
      streamsWithOutput: string[];
    };
    const pages: Page[] = [];
    let before: string | null = null;
    let largest = 0;
    for (;;) {
      const response: Response = await yoga.fetch("http://localhost/api/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query,
          variables: { runId: run.id, stepKey: "chatty/stdout_flood", beforeCursor: before },
        }),
      });
      const body: string = await response.text();
      largest = Math.max(largest, Buffer.byteLength(body));
      const page: Page = (JSON.parse(body) as { data: { computeLogs: Page } }).data.computeLogs;
      pages.unshift(page);
      if (!page.hasEarlier) break;
      before = page.startCursor;
    }
    expect(largest).toBeLessThan(1024 * 1024);
    expect(pages.length).toBeGreaterThan(1);
    // The first window asked for is the end of the output; nothing follows it.
    expect(pages.at(-1)?.hasLater).toBe(false);
    expect(pages[0]?.streamsWithOutput).toEqual(["STDOUT"]);
    expect(pages.map((page) => page.text).join("")).toBe(expected);
    console.info(
      `stdout: ${(Buffer.byteLength(expected) / 1e6).toFixed(1)} MB in ${pages.length} windows, the largest response ${(largest / 1024).toFixed(0)} KiB`,
    );
  });
});

describe("an event write that fails", () => {
  beforeAll(async () => {
    // The database itself refuses one log line, as a failed transaction would: the write of its batch fails.
    await database.db.$executeRawUnsafe(`CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.message = 'poison' THEN RAISE EXCEPTION 'poisoned event refused'; END IF; RETURN NEW; END $$`);
    await database.db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_poison BEFORE INSERT ON "Event" FOR EACH ROW EXECUTE FUNCTION refuse_poison()`,
    );
  });

  it("fails the run, fails the step whose events were lost, skips what is downstream and records no materialization for it", {
    timeout: 120_000,
  }, async () => {
    const run = await runToEnd("chatty/clean+");
    expect(run.status).toBe("FAILURE");
    const statuses = Object.fromEntries(run.steps.map((step) => [step.stepKey, step.status]));
    // The step before the failure had all its events written: it succeeded, and stays so.
    expect(statuses).toEqual({
      "chatty/clean": "SUCCESS",
      "chatty/poisoned": "FAILURE",
      "chatty/downstream": "SKIPPED",
    });
    const events = await database.db.event.findMany({
      where: { runId: run.id },
      orderBy: { id: "asc" },
      select: { eventType: true, stepKey: true, message: true },
    });
    const ofPoisoned = events.filter((event) => event.stepKey === "chatty/poisoned");
    expect(ofPoisoned.map((event) => event.eventType)).not.toContain("STEP_SUCCESS");
    expect(ofPoisoned.map((event) => event.eventType)).not.toContain("ASSET_MATERIALIZATION");
    expect(ofPoisoned.map((event) => event.message)).not.toContain("after the refused line");
    expect(ofPoisoned.at(-1)?.eventType).toBe("STEP_FAILURE");
    expect(events.filter((event) => event.eventType === "ASSET_MATERIALIZATION").map((event) => event.stepKey)).toEqual(
      ["chatty/clean"],
    );
    const failure = events.find((event) => event.eventType === "RUN_FAILURE");
    expect(failure?.message).toContain("The run's events could not be written");
    expect(failure?.message).toContain("poisoned event refused");
    const status = await database.db.assetStatus.findUnique({ where: { assetKey: "chatty/poisoned" } });
    expect(status?.lastMaterializationRunId ?? null).toBeNull();
  });
});
