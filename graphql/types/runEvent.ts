// The run's event log, compute logs, and an asset's materialization history.
import "server-only";
import { toAssetKeyString } from "../../lib/core/assetKey";
import {
  assetMaterializations,
  type ComputeLogPage,
  computeLogStreamsWithOutput,
  eventsForRun,
  getRun,
  type RunEventFilter,
  readComputeLogPage,
  runEventTypes,
  type StoredEvent,
} from "../../lib/store/runQueries";
import { builder } from "../builder";
import { AssetKeyRef, assetKeyOf } from "./assetKey";
import { AssetNodeRef } from "./assetNode";
import { MetadataEntryRef, toMetadataEntries } from "./metadataEntry";
import { RunNotFoundError, RunRef } from "./run";
import { InvalidInputError } from "./user";

const EventLevel = builder.enumType("EventLevel", { values: ["DEBUG", "INFO", "WARN", "ERROR"] as const });

const EventErrorRef = builder.objectRef<{ message: string; stack: string | null }>("EventError").implement({
  fields: (t) => ({ message: t.exposeString("message"), stack: t.string({ nullable: true, resolve: (e) => e.stack }) }),
});

export const RunEventRef = builder.objectRef<StoredEvent>("RunEvent").implement({
  fields: (t) => ({
    id: t.id({ resolve: (e) => e.id.toString() }),
    runId: t.string({
      nullable: true,
      description:
        "The run that materialized it; null when it was reported from outside Strata (OpenLineage, a report).",
      resolve: (e) => e.runId,
    }),
    stepKey: t.exposeString("stepKey", { nullable: true }),
    assetKey: t.field({
      type: AssetKeyRef,
      nullable: true,
      resolve: (e) => (e.assetKey ? assetKeyOf(e.assetKey) : null),
    }),
    partitionKey: t.exposeString("partitionKey", { nullable: true }),
    eventType: t.exposeString("eventType"),
    level: t.field({
      type: EventLevel,
      resolve: (e) => (["DEBUG", "INFO", "WARN", "ERROR"].includes(e.level) ? (e.level as "INFO") : "INFO"),
    }),
    message: t.exposeString("message"),
    timestamp: t.string({ resolve: (e) => e.timestamp.toISOString() }),
    metadataEntries: t.field({ type: [MetadataEntryRef], resolve: (e) => toMetadataEntries(e.metadata) }),
    error: t.field({ type: EventErrorRef, nullable: true, resolve: (e) => e.error }),
  }),
});

const EventConnectionRef = builder
  .objectRef<{ events: StoredEvent[]; cursor: string; hasMore: boolean }>("EventConnection")
  .implement({
    fields: (t) => ({
      events: t.field({ type: [RunEventRef], resolve: (c) => c.events }),
      cursor: t.exposeString("cursor"),
      hasMore: t.exposeBoolean("hasMore"),
    }),
  });

const InvalidCursorError = builder
  .objectRef<{ kind: "invalidCursor"; message: string }>("InvalidCursorError")
  .implement({
    description: "A cursor that is not one the API handed out: not a number, negative or beyond any event id.",
    fields: (t) => ({ message: t.exposeString("message") }),
  });

const EventConnectionOrError = builder.unionType("EventConnectionOrError", {
  types: [EventConnectionRef, RunNotFoundError, InvalidCursorError, InvalidInputError],
  resolveType: (value) =>
    "events" in value
      ? EventConnectionRef
      : "kind" in value && value.kind === "invalidCursor"
        ? InvalidCursorError
        : "kind" in value && value.kind === "invalidInput"
          ? InvalidInputError
          : RunNotFoundError,
});

/** Bounds of a filter: a run's steps are its assets (a few thousand at most); a search is a phrase, not a document. */
const FILTER_LIMITS = { stepKeys: 1000, stepKey: 500, eventType: 100, text: 200 };

const RunEventFilterInput = builder.inputType("RunEventFilter", {
  description: "Which of a run's events to list; every field left out lets every event through.",
  fields: (t) => ({
    stepKeys: t.stringList({
      description: `Events of these steps only (at most ${FILTER_LIMITS.stepKeys}); run-level events have no step and drop out.`,
    }),
    levels: t.field({ type: [EventLevel] }),
    eventType: t.string(),
    text: t.string({
      description: `Case-insensitive text (at most ${FILTER_LIMITS.text} characters) in the message, event type, step key, error message, or a metadata label or value.`,
    }),
  }),
});

type RunEventFilterArg = {
  stepKeys?: string[] | null;
  levels?: ("DEBUG" | "INFO" | "WARN" | "ERROR")[] | null;
  eventType?: string | null;
  text?: string | null;
};

/** The filter as the store reads it, or the first field out of bounds and why. */
function parseEventFilter(
  filter: RunEventFilterArg | null | undefined,
): { ok: true; filter: RunEventFilter } | { ok: false; field: string; message: string } {
  if (!filter) return { ok: true, filter: {} };
  const { stepKeys, levels, eventType, text } = filter;
  if (stepKeys && stepKeys.length > FILTER_LIMITS.stepKeys)
    return { ok: false, field: "filter.stepKeys", message: `at most ${FILTER_LIMITS.stepKeys} step keys` };
  if (stepKeys?.some((key) => key.length > FILTER_LIMITS.stepKey))
    return {
      ok: false,
      field: "filter.stepKeys",
      message: `a step key is at most ${FILTER_LIMITS.stepKey} characters`,
    };
  if (eventType && eventType.length > FILTER_LIMITS.eventType)
    return { ok: false, field: "filter.eventType", message: `at most ${FILTER_LIMITS.eventType} characters` };
  if (text && text.length > FILTER_LIMITS.text)
    return { ok: false, field: "filter.text", message: `at most ${FILTER_LIMITS.text} characters` };
  return { ok: true, filter: { stepKeys: stepKeys ?? [], levels: levels ?? [], eventType, text } };
}

builder.objectField(RunRef, "eventTypes", (t) =>
  t.stringList({
    description: "The event types in this run's log, alphabetically: the choices of a filter by event type.",
    resolve: (run, _args, ctx) => runEventTypes(ctx.db, run.id),
  }),
);

/** Event ids are Postgres bigints; a cursor is one of them (or 0, before the first). */
const MAX_EVENT_ID = 2n ** 63n - 1n;

function parseEventCursor(
  cursor: string | null | undefined,
): { ok: true; after: bigint | null } | { ok: false; message: string } {
  if (cursor === null || cursor === undefined || cursor === "") return { ok: true, after: null };
  if (!/^\d{1,19}$/.test(cursor) || BigInt(cursor) > MAX_EVENT_ID) {
    return {
      ok: false,
      message: `afterCursor "${cursor.length > 40 ? `${cursor.slice(0, 40)}…` : cursor}" is not an event cursor; pass the cursor a previous page returned, or none to start at the first event.`,
    };
  }
  return { ok: true, after: BigInt(cursor) };
}

const ComputeLogStream = builder.enumType("ComputeLogStream", { values: ["STDOUT", "STDERR"] as const });

type ComputeLogsValue = ComputeLogPage & {
  stepKey: string;
  stream: "STDOUT" | "STDERR";
  streamsWithOutput: ("STDOUT" | "STDERR")[];
};

const ComputeLogsRef = builder.objectRef<ComputeLogsValue>("ComputeLogs").implement({
  description:
    "A window of one stream of a step's compute log. Pass startCursor as beforeCursor to read earlier output, endCursor as afterCursor to read what was written since.",
  fields: (t) => ({
    stepKey: t.exposeString("stepKey"),
    stream: t.field({ type: ComputeLogStream, resolve: (page) => page.stream }),
    text: t.exposeString("text"),
    startCursor: t.string({ resolve: (page) => page.startCursor.toString() }),
    endCursor: t.string({ resolve: (page) => page.endCursor.toString() }),
    hasEarlier: t.exposeBoolean("hasEarlier", { description: "Output before this window exists." }),
    hasLater: t.exposeBoolean("hasLater", { description: "Output after this window exists (it was cut at maxBytes)." }),
    streamsWithOutput: t.field({
      type: [ComputeLogStream],
      description: "The streams this step wrote anything to.",
      resolve: (page) => page.streamsWithOutput,
    }),
  }),
});

const ComputeLogsOrError = builder.unionType("ComputeLogsOrError", {
  types: [ComputeLogsRef, RunNotFoundError, InvalidCursorError],
  resolveType: (value) =>
    "text" in value
      ? ComputeLogsRef
      : "kind" in value && value.kind === "invalidCursor"
        ? InvalidCursorError
        : RunNotFoundError,
});

/** A page's text as JSON: small enough that the response stays under a megabyte. */
const COMPUTE_LOG_PAGE_BYTES = { default: 256 * 1024, min: 128 * 1024, max: 512 * 1024 };

const MaterializationEventRef = builder.objectRef<StoredEvent>("MaterializationEvent").implement({
  fields: (t) => ({
    runId: t.string({
      description: "The run that materialized it; empty for a materialization reported from outside Strata.",
      resolve: (e) => e.runId ?? "",
    }),
    partitionKey: t.exposeString("partitionKey", { nullable: true }),
    timestamp: t.string({ resolve: (e) => e.timestamp.toISOString() }),
    metadataEntries: t.field({ type: [MetadataEntryRef], resolve: (e) => toMetadataEntries(e.metadata) }),
  }),
});

builder.objectField(AssetNodeRef, "assetMaterializations", (t) =>
  t.field({
    type: [MaterializationEventRef],
    description: "Materializations of this asset, newest first.",
    args: { limit: t.arg.int() },
    resolve: (record, { limit }, ctx) =>
      assetMaterializations(ctx.db, toAssetKeyString(record.node.key), Math.min(Math.max(limit ?? 50, 1), 1000)),
  }),
);

const MAX_EVENTS = 1000;

builder.queryFields((t) => ({
  logsForRun: t.field({
    type: EventConnectionOrError,
    description: `Events of a run after \`afterCursor\` (an event id), oldest first, only those \`filter\` lets through when given; poll with the returned cursor for live updates. \`limit\` is clamped to 1…${MAX_EVENTS} (default ${MAX_EVENTS}).`,
    args: {
      runId: t.arg.id({ required: true }),
      afterCursor: t.arg.string(),
      limit: t.arg.int(),
      filter: t.arg({ type: RunEventFilterInput }),
    },
    resolve: async (_root, { runId, afterCursor, limit, filter }, ctx) => {
      const run = await getRun(ctx.db, String(runId));
      if (!run) return { message: `No run with id ${runId}.` };
      const cursor = parseEventCursor(afterCursor);
      if (!cursor.ok) return { kind: "invalidCursor" as const, message: cursor.message };
      const parsed = parseEventFilter(filter);
      if (!parsed.ok) return { kind: "invalidInput" as const, field: parsed.field, message: parsed.message };
      const after = cursor.after;
      const page = await eventsForRun(
        ctx.db,
        run.id,
        after,
        Math.min(Math.max(limit ?? MAX_EVENTS, 1), MAX_EVENTS),
        parsed.filter,
      );
      return { events: page.events, hasMore: page.hasMore, cursor: (page.events.at(-1)?.id ?? after ?? 0n).toString() };
    },
  }),
  computeLogs: t.field({
    type: ComputeLogsOrError,
    description: `A window of a step's stdout or stderr: its end without a cursor, what precedes \`beforeCursor\`, or what follows \`afterCursor\`. \`maxBytes\` is clamped to ${COMPUTE_LOG_PAGE_BYTES.min}…${COMPUTE_LOG_PAGE_BYTES.max} (default ${COMPUTE_LOG_PAGE_BYTES.default}).`,
    args: {
      runId: t.arg.id({ required: true }),
      stepKey: t.arg.string({ required: true }),
      stream: t.arg({ type: ComputeLogStream, defaultValue: "STDOUT" }),
      beforeCursor: t.arg.string(),
      afterCursor: t.arg.string(),
      maxBytes: t.arg.int(),
    },
    resolve: async (_root, { runId, stepKey, stream, beforeCursor, afterCursor, maxBytes }, ctx) => {
      const run = await getRun(ctx.db, String(runId));
      if (!run) return { message: `No run with id ${runId}.` };
      const before = parseEventCursor(beforeCursor);
      if (!before.ok)
        return { kind: "invalidCursor" as const, message: before.message.replace("afterCursor", "beforeCursor") };
      const after = parseEventCursor(afterCursor);
      if (!after.ok) return { kind: "invalidCursor" as const, message: after.message };
      const bytes = Math.min(
        Math.max(maxBytes ?? COMPUTE_LOG_PAGE_BYTES.default, COMPUTE_LOG_PAGE_BYTES.min),
        COMPUTE_LOG_PAGE_BYTES.max,
      );
      const selected = stream ?? "STDOUT";
      const [page, streamsWithOutput] = await Promise.all([
        readComputeLogPage(ctx.db, run.id, stepKey, selected, {
          before: before.after,
          after: after.after,
          maxBytes: bytes,
        }),
        computeLogStreamsWithOutput(ctx.db, run.id, stepKey),
      ]);
      return { ...page, stepKey, stream: selected, streamsWithOutput };
    },
  }),
}));
