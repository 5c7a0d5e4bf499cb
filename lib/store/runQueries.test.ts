// A run's event log read page by page, whole or through a filter (steps, levels, an event type, text in the message,
// error or metadata), and the run's distinct event types.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendRunEvents, type EventInput } from "./runEvents";
import { eventsForRun, type RunEventFilter, runEventTypes } from "./runQueries";
import { createTestDatabase, type TestDatabase } from "./testing/testDatabase";

let database: TestDatabase;
let runId: string;
let otherRunId: string;
const at = new Date("2026-03-01T10:00:00Z");

const events: EventInput[] = [
  { eventType: "RUN_START", message: "Run started.", timestamp: at },
  { eventType: "STEP_START", stepKey: "orders", message: "Started orders.", timestamp: at },
  { eventType: "LOG", stepKey: "orders", level: "DEBUG", message: "Read 100% of the input_file", timestamp: at },
  {
    eventType: "ASSET_MATERIALIZATION",
    stepKey: "orders",
    assetKey: ["orders"],
    message: "Materialized orders.",
    metadata: { warehouse_path: { type: "path", value: "/lake/Orders.parquet" } },
    timestamp: at,
  },
  { eventType: "STEP_START", stepKey: "users", message: "Started users.", timestamp: at },
  { eventType: "LOG", stepKey: "users", level: "WARN", message: "Slow query.", timestamp: at },
  {
    eventType: "STEP_FAILURE",
    stepKey: "users",
    level: "ERROR",
    message: "users failed.",
    error: { message: "Connection RESET by peer", stack: null },
    timestamp: at,
  },
  { eventType: "RUN_FAILURE", level: "ERROR", message: "Run failed.", timestamp: at },
];

beforeAll(async () => {
  database = await createTestDatabase();
  const create = () =>
    database.db.run.create({
      data: {
        codeLocationName: "test",
        assetSelection: ["orders", "users"],
        steps: { create: [{ stepKey: "orders" }, { stepKey: "users" }] },
      },
    });
  runId = (await create()).id;
  otherRunId = (await create()).id;
  await appendRunEvents(database.db, runId, events);
  await appendRunEvents(database.db, otherRunId, [{ eventType: "LOG", stepKey: "orders", message: "Started orders." }]);
});
afterAll(async () => database?.drop());

const messages = async (filter: RunEventFilter, after: bigint | null = null, limit = 100) =>
  (await eventsForRun(database.db, runId, after, limit, filter)).events.map((e) => e.message);

describe("eventsForRun", () => {
  it("reads the whole log in order, page by page after a cursor, with or without a filter", async () => {
    const first = await eventsForRun(database.db, runId, null, 3);
    expect(first.events.map((e) => e.message)).toEqual([
      "Run started.",
      "Started orders.",
      "Read 100% of the input_file",
    ]);
    expect(first.hasMore).toBe(true);
    const rest = await eventsForRun(database.db, runId, first.events.at(-1)?.id ?? null, 100);
    expect(rest.events).toHaveLength(events.length - 3);
    expect(rest.hasMore).toBe(false);

    const errors = await eventsForRun(database.db, runId, null, 1, { levels: ["ERROR"] });
    expect(errors.events.map((e) => e.message)).toEqual(["users failed."]);
    expect(errors.hasMore).toBe(true);
    expect(await messages({ levels: ["ERROR"] }, errors.events[0]?.id)).toEqual(["Run failed."]);
  });

  it("keeps a filtered event whole: its time, metadata and error as stored", async () => {
    const [failure] = (await eventsForRun(database.db, runId, null, 10, { eventType: "STEP_FAILURE" })).events;
    expect(failure).toMatchObject({
      stepKey: "users",
      level: "ERROR",
      error: { message: "Connection RESET by peer", stack: null },
      timestamp: at,
    });
    const [materialization] = (await eventsForRun(database.db, runId, null, 10, { text: "lake" })).events;
    expect(materialization?.metadata).toEqual({ warehouse_path: { type: "path", value: "/lake/Orders.parquet" } });
    expect(materialization?.assetKey).toBe("orders");
  });

  it("lets through only the steps, levels and event type asked for, all of them at once", async () => {
    expect(await messages({ stepKeys: ["users"] })).toEqual(["Started users.", "Slow query.", "users failed."]);
    expect(await messages({ stepKeys: ["orders", "users"], levels: ["WARN", "DEBUG"] })).toEqual([
      "Read 100% of the input_file",
      "Slow query.",
    ]);
    expect(await messages({ eventType: "STEP_START", stepKeys: ["orders"] })).toEqual(["Started orders."]);
    expect(await messages({ stepKeys: [], levels: [], eventType: null, text: "  " })).toHaveLength(events.length);
  });

  it("finds text in any case in the message, event type, step key, error message and metadata labels and values", async () => {
    expect(await messages({ text: "slow QUERY" })).toEqual(["Slow query."]);
    expect(await messages({ text: "run_fail" })).toEqual(["Run failed."]);
    expect(await messages({ text: "connection reset" })).toEqual(["users failed."]);
    expect(await messages({ text: "warehouse_path" })).toEqual(["Materialized orders."]);
    expect(await messages({ text: "orders.parquet" })).toEqual(["Materialized orders."]);
    expect(await messages({ text: "users", levels: ["INFO"] })).toEqual(["Started users."]);
  });

  it("reads % and _ in a search as themselves, not as patterns", async () => {
    expect(await messages({ text: "100%" })).toEqual(["Read 100% of the input_file"]);
    expect(await messages({ text: "input_file" })).toEqual(["Read 100% of the input_file"]);
    expect(await messages({ text: "t_f" })).toEqual(["Read 100% of the input_file"]);
    expect(await messages({ text: "%" })).toEqual(["Read 100% of the input_file"]);
    expect(await messages({ text: "Slow_query" })).toEqual([]);
  });
});

describe("runEventTypes", () => {
  it("lists the run's own event types once each, alphabetically", async () => {
    expect(await runEventTypes(database.db, runId)).toEqual([
      "ASSET_MATERIALIZATION",
      "LOG",
      "RUN_FAILURE",
      "RUN_START",
      "STEP_FAILURE",
      "STEP_START",
    ]);
    expect(await runEventTypes(database.db, otherRunId)).toEqual(["LOG"]);
  });
});
