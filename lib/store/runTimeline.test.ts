// The runs a timeline window shows and a run's re-executions, against a real database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunStatus } from "./generated/prisma/client";
import { listReexecutions, readParentRun, runsInWindow } from "./runTimeline";
import { createTestDatabase, type TestDatabase } from "./testing/testDatabase";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.drop());

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 5, 1, 12);

async function run(
  createdHoursAgo: number,
  endedHoursAgo: number | null,
  status: RunStatus,
  extra: { parentRunId?: string; jobName?: string } = {},
) {
  return database.db.run.create({
    data: {
      codeLocationName: "timeline",
      assetSelection: ["a"],
      status,
      createdAt: new Date(NOW - createdHoursAgo * HOUR),
      startTime: new Date(NOW - createdHoursAgo * HOUR),
      endTime: endedHoursAgo === null ? null : new Date(NOW - endedHoursAgo * HOUR),
      ...extra,
    },
  });
}

describe("runsInWindow", () => {
  it("returns the runs overlapping the window, long-running ones included, newest first", async () => {
    const inside = await run(2, 1, "SUCCESS");
    const startedBefore = await run(7, 5, "FAILURE");
    const stillRunning = await run(30, null, "STARTED");
    await run(8, 7, "SUCCESS"); // ended before the window
    await run(-1, null, "QUEUED"); // after it
    const window = await runsInWindow(database.db, new Date(NOW - 6 * HOUR), new Date(NOW), 100);
    expect(window.capped).toBe(false);
    expect(window.runs.map((r) => r.id)).toEqual([inside.id, startedBefore.id, stillRunning.id]);
  });

  it("caps the runs it returns and says so", async () => {
    const window = await runsInWindow(database.db, new Date(NOW - 6 * HOUR), new Date(NOW), 2);
    expect(window.runs).toHaveLength(2);
    expect(window.capped).toBe(true);
  });
});

describe("re-execution links", () => {
  it("lists a run's re-executions oldest first and reads the parent back", async () => {
    const parent = await run(3, 2.9, "FAILURE", { jobName: "nightly" });
    const first = await run(2, 1.9, "FAILURE", { parentRunId: parent.id, jobName: "nightly" });
    const second = await run(1, 0.9, "SUCCESS", { parentRunId: parent.id, jobName: "nightly" });
    const children = await listReexecutions(database.db, parent.id, 1);
    expect(children).toMatchObject({ runs: [{ id: first.id }], hasMore: true });
    expect((await listReexecutions(database.db, parent.id, 10)).runs.map((r) => r.id)).toEqual([first.id, second.id]);
    expect(await readParentRun(database.db, second.parentRunId)).toMatchObject({ id: parent.id, jobName: "nightly" });
    expect(await readParentRun(database.db, null)).toBeNull();
    expect(await listReexecutions(database.db, "not-a-run-id", 5)).toEqual({ runs: [], hasMore: false });
  });
});
