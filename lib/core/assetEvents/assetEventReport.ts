// Asset events reported from outside Strata: one shape for the GraphQL mutation, the REST endpoint and `strata report`.
// Parsing checks everything that needs no definitions (the workspace checks partitions and check names) and names
// each problem's field path, e.g. `events[3].partition`, so a client knows what to fix.
import { z } from "zod";
import { tryParseAssetKey } from "../assetKey";
import type { MetadataValue } from "../definitionsSnapshot";
import { invalidPartitionKeyReason } from "../partitions/keyProblem";
import { metadataValueOfReport } from "./reportedMetadata";

/** Events in one report: a transaction's worth, as the executor writes them. */
export const MAX_REPORTED_EVENTS = 1000;
/** How far ahead of the server's clock a reported timestamp may be: clocks disagree by seconds, not by hours. */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;
export const MAX_METADATA_ENTRIES = 100;
const MAX_TEXT = 255;
const MAX_DESCRIPTION = 4000;

export const ASSET_EVENT_REPORT_TYPES = ["materialization", "observation", "check", "failure"] as const;
export type AssetEventReportType = (typeof ASSET_EVENT_REPORT_TYPES)[number];

/** A problem with a report: the field it is about, as a path (`events[0].check.name`), and why. */
export interface AssetEventProblem {
  path: string;
  message: string;
}

const shortText = (what: string) =>
  z
    .string({ error: `${what} must be a string.` })
    .min(1, `${what} cannot be empty.`)
    .max(MAX_TEXT, `${what} is longer than ${MAX_TEXT} characters.`);

const checkSchema = z.strictObject({
  name: shortText("A check name"),
  passed: z.boolean({ error: "passed must be true or false." }),
  severity: z.enum(["WARN", "ERROR"], { error: 'severity must be "WARN" or "ERROR".' }).optional(),
  description: z
    .string()
    .max(MAX_DESCRIPTION, `The description is longer than ${MAX_DESCRIPTION} characters.`)
    .optional(),
});

/** One event as a client sends it: the JSON shape of the REST endpoint, and of the mutation's and command's input. */
export const assetEventReportSchema = z.strictObject({
  type: z.enum(ASSET_EVENT_REPORT_TYPES, {
    error: `type must be one of ${ASSET_EVENT_REPORT_TYPES.map((t) => `"${t}"`).join(", ")}.`,
  }),
  assetKey: z.union([z.string(), z.array(z.string())], {
    error: 'assetKey must be a string such as "analytics/fact_events" or an array of segments.',
  }),
  partition: z.string({ error: "partition must be a string." }).optional(),
  dataVersion: shortText("A data version").optional(),
  metadata: z.record(z.string(), z.unknown(), { error: "metadata must be an object of label → value." }).optional(),
  timestamp: z.iso
    .datetime({ offset: true, error: 'timestamp must be an ISO 8601 time with a zone, e.g. "2026-01-31T06:00:00Z".' })
    .optional(),
  description: z.string().max(MAX_DESCRIPTION, `description is longer than ${MAX_DESCRIPTION} characters.`).optional(),
  check: checkSchema.optional(),
});

export type AssetEventReportInput = z.input<typeof assetEventReportSchema>;

export const assetEventBatchSchema = z.strictObject({
  events: z
    .array(z.unknown(), { error: "events must be an array of events." })
    .min(1, "events is empty: report at least one event.")
    .max(MAX_REPORTED_EVENTS, `A report holds at most ${MAX_REPORTED_EVENTS} events; send the rest in another.`),
});

/** A reported event once its shape is known good. */
export interface ReportedAssetEvent {
  type: AssetEventReportType;
  assetKey: string[];
  partition: string | null;
  dataVersion: string | null;
  metadata: Record<string, MetadataValue>;
  /** When it happened; null for now. */
  timestamp: Date | null;
  description: string | null;
  check: { name: string; passed: boolean; severity: "WARN" | "ERROR" | null; description: string | null } | null;
}

/** Each event as parsed (null when its shape is bad) with its problems; or the problems of the batch as a whole. */
export type ParsedAssetEvents =
  | { ok: true; events: { event: ReportedAssetEvent | null; problems: AssetEventProblem[] }[] }
  | { ok: false; problems: AssetEventProblem[] };

/** `["events", 3, "check", "name"]` → `events[3].check.name`; labels that are not identifiers are quoted. */
export function formatProblemPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const part of path) {
    if (typeof part === "number") text += `[${part}]`;
    else if (typeof part === "string" && /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(part)) text += text ? `.${part}` : part;
    else text += `[${JSON.stringify(String(part))}]`;
  }
  return text || "(body)";
}

function zodProblems(error: z.ZodError, prefix: readonly PropertyKey[]): AssetEventProblem[] {
  return error.issues.map((issue) => ({
    path: formatProblemPath([...prefix, ...issue.path]),
    message: issue.message,
  }));
}

/** Checks one event's shape; `index` places its problems in the batch. */
function parseEvent(raw: unknown, index: number, now: Date): ReportedAssetEvent | AssetEventProblem[] {
  const at = (...path: PropertyKey[]) => formatProblemPath(["events", index, ...path]);
  const parsed = assetEventReportSchema.safeParse(raw);
  if (!parsed.success) return zodProblems(parsed.error, ["events", index]);
  const event = parsed.data;
  const problems: AssetEventProblem[] = [];

  const key = tryParseAssetKey(event.assetKey);
  if (!key.ok) problems.push({ path: at("assetKey"), message: key.message });

  if (event.partition !== undefined) {
    const reason = invalidPartitionKeyReason(event.partition);
    if (reason) problems.push({ path: at("partition"), message: reason });
  }
  if (event.type === "check" && !event.check)
    problems.push({ path: at("check"), message: 'A "check" event needs check: { name, passed }.' });
  if (event.type !== "check" && event.check)
    problems.push({ path: at("check"), message: `check belongs to "check" events; this one is a ${event.type}.` });
  if (event.dataVersion !== undefined && event.type !== "materialization" && event.type !== "observation")
    problems.push({
      path: at("dataVersion"),
      message: `A data version belongs to materializations and observations; this event is a ${event.type}.`,
    });

  let timestamp: Date | null = null;
  if (event.timestamp !== undefined) {
    timestamp = new Date(event.timestamp);
    if (timestamp.getTime() > now.getTime() + MAX_CLOCK_SKEW_MS)
      problems.push({
        path: at("timestamp"),
        message: `${event.timestamp} is in the future (the server's time is ${now.toISOString()}); report events that happened.`,
      });
  }

  const metadata: Record<string, MetadataValue> = {};
  const entries = Object.entries(event.metadata ?? {});
  if (entries.length > MAX_METADATA_ENTRIES)
    problems.push({
      path: at("metadata"),
      message: `An event carries at most ${MAX_METADATA_ENTRIES} metadata entries; this one has ${entries.length}.`,
    });
  else
    for (const [label, value] of entries) {
      if (label.length === 0 || label.length > MAX_TEXT) {
        problems.push({ path: at("metadata"), message: `A metadata label must have 1 to ${MAX_TEXT} characters.` });
        continue;
      }
      const converted = metadataValueOfReport(value);
      if (converted.ok) metadata[label] = converted.value;
      else problems.push({ path: at("metadata", label, ...converted.path), message: converted.message });
    }

  if (problems.length > 0 || !key.ok) return problems;
  return {
    type: event.type,
    assetKey: key.path,
    partition: event.partition ?? null,
    dataVersion: event.dataVersion ?? null,
    metadata,
    timestamp,
    description: event.description ?? null,
    check: event.check
      ? {
          name: event.check.name,
          passed: event.check.passed,
          severity: event.check.severity ?? null,
          description: event.check.description ?? null,
        }
      : null,
  };
}

/**
 * Parses `{ events: [...] }`, every event on its own so that a client hears of all its problems at once; the caller
 * records nothing unless no event has any.
 */
export function parseAssetEventReports(body: unknown, now: Date): ParsedAssetEvents {
  const batch = assetEventBatchSchema.safeParse(body);
  if (!batch.success) return { ok: false, problems: zodProblems(batch.error, []) };
  return {
    ok: true,
    events: batch.data.events.map((raw, index) => {
      const parsed = parseEvent(raw, index, now);
      return Array.isArray(parsed) ? { event: null, problems: parsed } : { event: parsed, problems: [] };
    }),
  };
}
