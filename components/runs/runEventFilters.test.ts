// The browser's filter over a fully loaded log: the same rules as the server's (lib/store/runQueries.test.ts).
import { describe, expect, it } from "vitest";
import type { RunEventFieldsFragment } from "../../graphql/client/generated/graphql";
import { filterRunEvents, isEmptyRunEventFilter, NO_RUN_EVENT_FILTER, type RunEventFilter } from "./runEventFilters";

const event = (id: string, fields: Partial<RunEventFieldsFragment>): RunEventFieldsFragment => ({
  id,
  runId: "run",
  stepKey: null,
  assetKey: null,
  partitionKey: null,
  eventType: "LOG",
  level: "INFO",
  message: "",
  timestamp: "2026-03-01T10:00:00.000Z",
  metadataEntries: [],
  error: null,
  ...fields,
});

const events = [
  event("1", { eventType: "RUN_START", message: "Run started." }),
  event("2", { stepKey: "orders", level: "DEBUG", message: "Read 100% of the input_file" }),
  event("3", {
    stepKey: "orders",
    eventType: "ASSET_MATERIALIZATION",
    message: "Materialized orders.",
    metadataEntries: [{ label: "warehouse_path", type: "path", value: "/lake/Orders.parquet" }],
  }),
  event("4", {
    stepKey: "users",
    level: "ERROR",
    eventType: "STEP_FAILURE",
    message: "users failed.",
    error: { message: "Connection RESET by peer", stack: null },
  }),
];

const ids = (filter: Partial<RunEventFilter>) =>
  filterRunEvents(events, { ...NO_RUN_EVENT_FILTER, ...filter }).map((e) => e.id);

describe("filterRunEvents", () => {
  it("lets through the steps, levels and event type asked for; run-level events drop out of a step filter", () => {
    expect(ids({})).toEqual(["1", "2", "3", "4"]);
    expect(ids({ steps: new Set(["orders"]) })).toEqual(["2", "3"]);
    expect(ids({ steps: new Set(["orders", "users"]), levels: new Set(["DEBUG", "ERROR"]) })).toEqual(["2", "4"]);
    expect(ids({ eventType: "ASSET_MATERIALIZATION" })).toEqual(["3"]);
  });

  it("finds text in any case in the message, type, step, error and metadata, as the server does", () => {
    expect(ids({ text: "  run_START " })).toEqual(["1"]);
    expect(ids({ text: "connection reset" })).toEqual(["4"]);
    expect(ids({ text: "warehouse_path" })).toEqual(["3"]);
    expect(ids({ text: "orders.parquet" })).toEqual(["3"]);
    expect(ids({ text: "100%" })).toEqual(["2"]);
    expect(ids({ text: "users" })).toEqual(["4"]);
  });

  it("calls a filter of blank text and empty sets empty", () => {
    expect(isEmptyRunEventFilter({ ...NO_RUN_EVENT_FILTER, text: "   " })).toBe(true);
    expect(isEmptyRunEventFilter({ ...NO_RUN_EVENT_FILTER, eventType: "LOG" })).toBe(false);
  });
});
