// Declarative automation against the store: evaluates every asset's automation condition, claims each request once
// (two daemons never both launch it), launches the run, and keeps the evaluations worth showing.
import { toAssetKeyString } from "../core/assetKey";
import { evaluateAutomation, type AutomationConditionSnapshot } from "../core/automation";
import { partitionKeySelection } from "../core/partitions";
import { upstreamVersion } from "../core/staleness";
import { listAssetNodes, type AssetNodeRecord } from "./assetNodes";
import type { PrismaClient } from "./generated/prisma/client";
import { launchRun } from "./launchRun";
import { keySpaceForAsset } from "./partitionKeySpaces";
import { IN_PROGRESS_STATUSES } from "./runs";

export const AUTOMATION_TAG = "strata/automation";

export interface AutomationRequest {
  assetKey: string;
  partitionKey: string | null;
  runId: string | null;
  error: string | null;
}

/** Evaluates every asset with an automation condition at `now`; returns the requests it made. */
export async function tickAutomationConditions(db: PrismaClient, now: Date): Promise<AutomationRequest[]> {
  const records = await listAssetNodes(db);
  const automated = records.filter((r): r is AssetNodeRecord & { node: { automationCondition: AutomationConditionSnapshot } } => Boolean(r.node.automationCondition) && !r.node.isSource);
  if (automated.length === 0) return [];
  const byKey = new Map(records.map((r) => [toAssetKeyString(r.node.key), r]));
  const states = new Map((await db.automationState.findMany()).map((s) => [s.assetKey, s]));
  const busy = await keysInProgress(db);
  const requests: AutomationRequest[] = [];

  for (const record of automated) {
    const assetKey = toAssetKeyString(record.node.key);
    const state = states.get(assetKey);
    const upstream = record.node.dependencyKeys.map((path) => {
      const key = toAssetKeyString(path);
      return { key, version: upstreamVersion(byKey.get(key)?.status ?? undefined), inProgress: busy.has(key) };
    });
    const decision = evaluateAutomation({
      condition: record.node.automationCondition,
      now,
      lastEvaluatedAt: state?.lastEvaluatedAt ?? null,
      materialized: record.status?.lastMaterializationAt != null,
      inProgress: busy.has(assetKey),
      upstream,
      recordedUpstream: record.status?.lastUpstreamVersions ?? null,
      lastRequestedFor: state?.lastRequestedFor ?? null,
    });
    const reasonsChanged = JSON.stringify(state?.lastReasons ?? []) !== JSON.stringify(decision.reasons);

    if (!decision.request) {
      await db.$transaction(async (tx) => {
        await tx.automationState.upsert({
          where: { assetKey },
          create: { assetKey, lastEvaluatedAt: now, lastReasons: decision.reasons },
          update: { lastEvaluatedAt: now, lastReasons: decision.reasons },
        });
        if (reasonsChanged) await tx.automationEvaluation.create({ data: { assetKey, evaluatedAt: now, requested: false, reasons: decision.reasons } });
      });
      continue;
    }

    // Claim the request: only the daemon whose update still sees the old fingerprint launches it.
    const claimed = await db.$transaction(async (tx) => {
      if (state) {
        const updated = await tx.automationState.updateMany({
          where: { assetKey, lastRequestedFor: state.lastRequestedFor },
          data: { lastEvaluatedAt: now, lastRequestedFor: decision.fingerprint, lastReasons: decision.reasons },
        });
        if (updated.count === 0) return null;
      } else {
        const created = await tx.automationState.createMany({ data: [{ assetKey, lastEvaluatedAt: now, lastRequestedFor: decision.fingerprint, lastReasons: decision.reasons }], skipDuplicates: true });
        if (created.count === 0) return null;
      }
      return tx.automationEvaluation.create({ data: { assetKey, evaluatedAt: now, requested: true, reasons: decision.reasons }, select: { id: true } });
    });
    if (!claimed) continue;

    const partitionKey = await partitionToRequest(db, record, upstream.map((u) => u.key), now);
    const launched = await launchRun(db, {
      assetKeys: [record.node.key],
      partitions: partitionKey === null ? null : partitionKeySelection(partitionKey),
      systemTags: { [AUTOMATION_TAG]: record.node.automationCondition.type },
      launchedBy: "automation",
    });
    const runId = launched.kind === "success" ? launched.run.id : null;
    const error = launched.kind === "success" ? null : launched.message;
    await db.automationEvaluation.update({ where: { id: claimed.id }, data: { runId, partitionKey, error } });
    requests.push({ assetKey, partitionKey, runId, error });
  }
  return requests;
}

/** Asset keys that a queued or running run materializes. */
async function keysInProgress(db: PrismaClient): Promise<Set<string>> {
  const runs = await db.run.findMany({ where: { status: { in: ["QUEUED", ...IN_PROGRESS_STATUSES] } }, select: { assetSelection: true } });
  return new Set(runs.flatMap((run) => run.assetSelection));
}

/**
 * The partition a request materializes: for eager assets, the partition an upstream last materialized (when the asset
 * has it); otherwise the newest partition. Null for unpartitioned assets.
 */
async function partitionToRequest(db: PrismaClient, record: AssetNodeRecord, upstreamKeys: readonly string[], now: Date): Promise<string | null> {
  const space = await keySpaceForAsset(db, record.node, now);
  if (!space || space.size === 0) return null;
  if (record.node.automationCondition?.type === "eager" && upstreamKeys.length > 0) {
    const latest = await db.event.findFirst({
      where: { assetKey: { in: [...upstreamKeys] }, eventType: "ASSET_MATERIALIZATION", partitionKey: { not: null } },
      orderBy: { id: "desc" },
      select: { partitionKey: true },
    });
    if (latest?.partitionKey && space.indexOf(latest.partitionKey) >= 0) return latest.partitionKey;
  }
  return space.keyAt(space.size - 1);
}

export interface AutomationEvaluationRecord {
  id: bigint;
  evaluatedAt: Date;
  requested: boolean;
  reasons: string[];
  runId: string | null;
  partitionKey: string | null;
  error: string | null;
}

/** An asset's kept evaluations, newest first. */
export async function listAutomationEvaluations(db: PrismaClient, assetKey: string, limit: number): Promise<AutomationEvaluationRecord[]> {
  const rows = await db.automationEvaluation.findMany({ where: { assetKey }, orderBy: { id: "desc" }, take: limit });
  return rows.map((row) => ({ ...row, reasons: Array.isArray(row.reasons) ? row.reasons.map(String) : [] }));
}
