// Reporting asset events from outside Strata (Dagster's runless events, its REST /report_asset_materialization/):
// materializations, observations, check results and failed attempts for any asset key, checked against the current
// definitions and recorded all or nothing, with the audit entry, in one transaction. The GraphQL mutation, the REST
// endpoint and `strata report` all come here.

import {
  type AssetEventProblem,
  formatProblemPath,
  parseAssetEventReports,
  type ReportedAssetEvent,
} from "../../core/assetEvents/assetEventReport";
import { toAssetKeyString } from "../../core/assetKey";
import { decideAccess } from "../../core/auth/access";
import type { Principal } from "../../core/auth/principal";
import { closestMatch } from "../../core/closestMatch";
import { LINEAGE_LOCATION_NAME } from "../../core/openlineage/externalSnapshot";
import { describePartitionsDefinition } from "../../core/partitions/describe";
import { partitionKeyProblem } from "../../core/partitions/keyProblem";
import { recordAuditEvent } from "../../store/auditLog";
import { type Database, inTransaction } from "../../store/database";
import { type AssetEventInput, appendAssetEvents } from "../../store/runEvents";
import { drawReportedAssets } from "../lineage/lineageSnapshot";
import { loadWorkspace, type Workspace } from "../workspace/workspace";

export const REPORT_PERMISSION = "REPORT_ASSET_EVENTS" as const;

export type ReportAssetEventsResult =
  | {
      kind: "success";
      /** The recorded events' ids, in the order reported. */
      eventIds: bigint[];
      /** Reported keys no loaded code location defines: recorded, and shown once something defines them. */
      unknownAssetKeys: string[];
    }
  | { kind: "invalid"; message: string; problems: AssetEventProblem[] }
  | { kind: "unauthorized"; message: string };

/**
 * The keys no loaded code location defines. Events on them are recorded all the same ("any asset key"); this is the
 * hook that makes them external assets of their own (as the OpenLineage consumer does for datasets it sees).
 */
export function unknownAssetKeys(workspace: Pick<Workspace, "byKey">, keys: Iterable<string>): string[] {
  return [...new Set(keys)].filter((key) => !workspace.byKey.has(key));
}

/** What the workspace says against one event: a partition outside the asset's, a check it does not define. */
function definitionProblems(workspace: Workspace, event: ReportedAssetEvent, index: number): AssetEventProblem[] {
  const key = toAssetKeyString(event.assetKey);
  const definition = workspace.byKey.get(key);
  // Unknown keys: nothing to check against; the shape was checked already.
  if (!definition) return [];
  const at = (...path: PropertyKey[]) => formatProblemPath(["events", index, ...path]);
  const problems: AssetEventProblem[] = [];
  const partitions = definition.node.partitionsDefinition;
  if (event.partition !== null) {
    const space = workspace.keySpaceOf(key);
    if (!space)
      problems.push({
        path: at("partition"),
        message: `Asset "${key}" is not partitioned; leave partition out.`,
      });
    else {
      const problem = partitionKeyProblem(space, event.partition);
      if (problem) problems.push({ path: at("partition"), message: `Asset "${key}": ${problem}` });
    }
  } else if (partitions && (event.type === "materialization" || event.type === "failure")) {
    problems.push({
      path: at("partition"),
      message: `Asset "${key}" is partitioned (${describePartitionsDefinition(partitions)}); name the partition its ${event.type} is of.`,
    });
  }
  // Assets drawn from external lineage list the checks reported for them: any name is a new check.
  if (event.check && definition.codeLocationName !== LINEAGE_LOCATION_NAME) {
    const names = definition.checks.map((check) => check.name);
    if (!names.includes(event.check.name)) {
      const suggestion = closestMatch(event.check.name, names);
      problems.push({
        path: at("check", "name"),
        message:
          names.length === 0
            ? `Asset "${key}" defines no checks, so a result of "${event.check.name}" would not show anywhere; define the check with assetCheck().`
            : `Asset "${key}" defines no check "${event.check.name}"${suggestion ? `; did you mean "${suggestion}"?` : `; its checks are ${names.map((n) => `"${n}"`).join(", ")}.`}`,
      });
    }
  }
  return problems;
}

function eventMessage(event: ReportedAssetEvent, key: string, reporter: string): string {
  const partition = event.partition !== null ? ` (partition ${event.partition})` : "";
  const by = ` reported by ${reporter}`;
  switch (event.type) {
    case "materialization":
      return event.description ?? `Materialization of ${key}${partition}${by}.`;
    case "observation":
      return (
        event.description ??
        `Observation of ${key}${partition}${event.dataVersion ? `: data version ${event.dataVersion}` : ""}${by}.`
      );
    case "failure":
      return `Materialization of ${key}${partition} failed${event.description ? `: ${event.description}` : ""}${by}.`;
    case "check":
      return `Check ${event.check?.name} on ${key}${partition} ${event.check?.passed ? "passed" : "failed"}${by}.`;
  }
}

const EVENT_TYPES = {
  materialization: "ASSET_MATERIALIZATION",
  observation: "ASSET_OBSERVATION",
  check: "ASSET_CHECK_EVALUATION",
  failure: "ASSET_MATERIALIZATION_FAILURE",
} as const;

/** The event as the log stores it, against the snapshot that defines the asset now (none for unknown keys). */
function toEventInput(workspace: Workspace, event: ReportedAssetEvent, reporter: string): AssetEventInput {
  const key = toAssetKeyString(event.assetKey);
  const definition = workspace.byKey.get(key);
  const snapshotId = definition ? (workspace.snapshotIdByLocation.get(definition.codeLocationName) ?? null) : null;
  const extra: Record<string, unknown> = { reportedBy: reporter };
  if (event.dataVersion !== null) extra.dataVersion = event.dataVersion;
  if (event.check) {
    const defined = definition?.checks.find((check) => check.name === event.check?.name);
    extra.checkName = event.check.name;
    extra.status = event.check.passed ? "SUCCEEDED" : "FAILED";
    extra.severity = event.check.severity ?? defined?.severity ?? "ERROR";
    if (event.check.description !== null) extra.description = event.check.description;
  }
  const failedCheck = event.check !== null && !event.check.passed;
  return {
    eventType: EVENT_TYPES[event.type],
    assetKey: event.assetKey,
    partitionKey: event.partition,
    level: event.type === "failure" ? "ERROR" : failedCheck ? "WARN" : "INFO",
    message: eventMessage(event, key, reporter),
    metadata: event.metadata,
    error: event.type === "failure" ? { message: event.description ?? "Reported as failed.", stack: null } : null,
    ...(event.timestamp ? { timestamp: event.timestamp } : {}),
    extra,
    snapshotId,
  };
}

export interface ReportAssetEventsRequest {
  /** `{ events: [...] }` as the client sent it: checked here, so every edge refuses the same things the same way. */
  body: unknown;
  principal: Principal;
  /** The server's time (tests pass theirs). */
  now?: Date;
}

/** Checks and records a report. A refusal or any bad event writes nothing. */
export async function reportAssetEvents(
  db: Database,
  request: ReportAssetEventsRequest,
): Promise<ReportAssetEventsResult> {
  const access = decideAccess(request.principal, REPORT_PERMISSION);
  if (!access.allowed) return { kind: "unauthorized", message: access.message };
  const now = request.now ?? new Date();
  const parsed = parseAssetEventReports(request.body, now);
  if (!parsed.ok) return invalid(parsed.problems);
  const workspace = await loadWorkspace(db, now);
  // Events whose shape is good are checked against their definitions too, so one answer lists every problem.
  const problems = parsed.events.flatMap(({ event, problems }, index) =>
    event ? definitionProblems(workspace, event, index) : problems,
  );
  if (problems.length > 0) return invalid(problems);

  const reported = parsed.events.flatMap(({ event }) => (event ? [event] : []));
  const reporter = request.principal.name;
  const events = reported.map((event) => toEventInput(workspace, event, reporter));
  const keys = [...new Set(events.map((event) => toAssetKeyString(event.assetKey)))];
  const unknown = unknownAssetKeys(workspace, keys);
  const eventIds = await inTransaction(db, async (tx) => {
    const ids = await appendAssetEvents(tx, events);
    // Keys no code location defines are drawn as external assets, so what was reported shows in the graph.
    await drawReportedAssets(tx, unknown);
    await recordAuditEvent(tx, {
      actor: reporter,
      action: "asset_events.report",
      target: keys.length === 1 ? (keys[0] as string) : `${keys.length} assets`,
      details: {
        events: events.length,
        types: [...new Set(reported.map((event) => event.type))],
        assets: keys.slice(0, 50),
      },
    });
    return ids;
  });
  return { kind: "success", eventIds, unknownAssetKeys: unknown };
}

function invalid(problems: AssetEventProblem[]): ReportAssetEventsResult {
  const count = problems.length;
  return {
    kind: "invalid",
    message: `The report was refused and nothing was recorded: ${count} problem${count === 1 ? "" : "s"}.`,
    problems,
  };
}
