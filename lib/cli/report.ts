// `strata report materialization|observation|check|failure <asset-key> …`: records an asset event that happened
// outside Strata, through the same use case as the API (POST /api/v1/asset-events, the reportAssetEvents mutation).
import { parseArgs } from "node:util";
import { ASSET_EVENT_REPORT_TYPES, type AssetEventReportType } from "../core/assetEvents/assetEventReport";
import { reportAssetEvents } from "../orchestration/assetEvents/reportAssetEvents";
import type { Database } from "../store/database";
import { type CliCaller, LOCAL_CLI_CALLER } from "./cliCaller";

export const reportUsage = `usage: strata report materialization|observation|failure <asset-key> [--partition <key>] [--data-version <v>]
                     [--metadata label=value]... [--description <text>] [--timestamp <ISO time>]
       strata report check <asset-key> --check <name> (--passed | --failed) [--severity WARN|ERROR] [--description <text>]
                     [--partition <key>] [--metadata label=value]... [--timestamp <ISO time>]

Records an event that happened outside Strata, for any asset key ("analytics/fact_events"). Metadata values are read
as JSON when they parse (1200, true, {"rows": 3}), else as text.`;

/** `rows=1200` → ["rows", 1200]; `owner=data eng` → ["owner", "data eng"]. */
function metadataEntry(arg: string): [string, unknown] | null {
  const equals = arg.indexOf("=");
  if (equals <= 0) return null;
  const text = arg.slice(equals + 1);
  try {
    return [arg.slice(0, equals), JSON.parse(text) as unknown];
  } catch {
    return [arg.slice(0, equals), text];
  }
}

const isReportType = (value: string | undefined): value is AssetEventReportType =>
  (ASSET_EVENT_REPORT_TYPES as readonly string[]).includes(value ?? "");

/** Returns the exit code: 0 recorded, 1 refused (bad event, no permission), 2 a malformed command. */
export async function reportFromCli(
  db: Database,
  args: readonly string[],
  log: (line: string) => void,
  caller: CliCaller = LOCAL_CLI_CALLER,
): Promise<number> {
  let parsed: ReturnType<typeof parseReportArgs>;
  try {
    parsed = parseReportArgs(args);
  } catch (error) {
    log(`${error instanceof Error ? error.message : String(error)}\n${reportUsage}`);
    return 2;
  }
  if (typeof parsed === "string") {
    log(`${parsed}\n${reportUsage}`);
    return 2;
  }
  const result = await reportAssetEvents(db, { body: { events: [parsed] }, principal: caller.principal });
  if (result.kind === "unauthorized") {
    log(result.message);
    return 1;
  }
  if (result.kind === "invalid") {
    log("Nothing was recorded:");
    for (const problem of result.problems) log(`  ${flagOf(problem.path)}: ${problem.message}`);
    return 1;
  }
  const partition = parsed.partition ? ` (partition ${parsed.partition})` : "";
  const key = Array.isArray(parsed.assetKey) ? parsed.assetKey.join("/") : parsed.assetKey;
  log(`Recorded the ${parsed.type} of ${key}${partition}: event ${result.eventIds.join(", ")}.`);
  for (const unknown of result.unknownAssetKeys)
    log(`No loaded code location defines "${unknown}"; its events are kept and show once one does.`);
  return 0;
}

// The command reports one event: a problem's field is named by the flag that set it.
const FLAGS: [RegExp, string][] = [
  [/^assetKey/, "<asset-key>"],
  [/^partition/, "--partition"],
  [/^dataVersion/, "--data-version"],
  [/^metadata\.?/, "--metadata "],
  [/^timestamp/, "--timestamp"],
  [/^description|^check\.description/, "--description"],
  [/^check\.name/, "--check"],
  [/^check\.severity/, "--severity"],
];

function flagOf(path: string): string {
  const field = path.replace(/^events\[0\]\.?/, "");
  for (const [pattern, flag] of FLAGS) if (pattern.test(field)) return field.replace(pattern, flag).trimEnd();
  return field || "event";
}

/** The event the flags describe, or why they do not describe one. */
function parseReportArgs(args: readonly string[]): Record<string, unknown> | string {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      partition: { type: "string" },
      "data-version": { type: "string" },
      metadata: { type: "string", multiple: true, default: [] },
      description: { type: "string" },
      timestamp: { type: "string" },
      check: { type: "string" },
      passed: { type: "boolean" },
      failed: { type: "boolean" },
      severity: { type: "string" },
    },
  });
  const [type, assetKey, ...extra] = positionals;
  if (!isReportType(type))
    return type
      ? `"${type}" is not an event type: use ${ASSET_EVENT_REPORT_TYPES.join(", ")}.`
      : "Name the event type.";
  if (!assetKey) return "Name the asset key, e.g. analytics/fact_events.";
  if (extra.length > 0) return `One asset key per command; unexpected: ${extra.join(" ")}.`;
  const metadata: Record<string, unknown> = {};
  for (const arg of values.metadata ?? []) {
    const entry = metadataEntry(arg);
    if (!entry) return `--metadata takes label=value, e.g. --metadata rows=1200; got "${arg}".`;
    metadata[entry[0]] = entry[1];
  }
  const event: Record<string, unknown> = { type, assetKey };
  if (values.partition !== undefined) event.partition = values.partition;
  if (values["data-version"] !== undefined) event.dataVersion = values["data-version"];
  if (Object.keys(metadata).length > 0) event.metadata = metadata;
  if (values.timestamp !== undefined) event.timestamp = values.timestamp;
  if (type === "check") {
    if (!values.check) return "A check result needs --check <name> and --passed or --failed.";
    if (values.passed === values.failed) return "Give --passed or --failed (one of them).";
    event.check = {
      name: values.check,
      passed: values.passed === true,
      ...(values.severity !== undefined ? { severity: values.severity.toUpperCase() } : {}),
      ...(values.description !== undefined ? { description: values.description } : {}),
    };
  } else {
    if (values.check !== undefined || values.passed || values.failed || values.severity !== undefined)
      return "--check, --passed, --failed and --severity belong to `strata report check`.";
    if (values.description !== undefined) event.description = values.description;
  }
  return event;
}
