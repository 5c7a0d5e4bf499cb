// Declarative automation: evaluates every asset's automation condition, claims each request once (two daemons never
// both launch it), launches the run, and keeps the evaluations worth showing. Partitioned eager assets are evaluated
// per partition (./eagerPartitions); everything else as one piece of data.
import { type AutomationConditionSnapshot, evaluateAutomation } from "../../core/automation";
import { partitionKeySelection } from "../../core/partitions";
import { upstreamVersion } from "../../core/staleness";
import { type AssetStatusRecord, readAssetStatuses } from "../../store/assetStatuses";
import {
  claimAutomationRequest,
  readAutomationStates,
  recordAutomationEvaluation,
  recordAutomationLaunch,
} from "../../store/automationStates";
import type { Database } from "../../store/database";
import { readStoredPartitionStatuses } from "../../store/partitionStatus";
import { readActiveRunTargets } from "../../store/runQueries";
import { launchRun } from "../runs/launchRun";
import { type AssetDefinition, loadWorkspace } from "../workspace/workspace";
import { tickEagerPartitions } from "./eagerPartitions";

export const AUTOMATION_TAG = "strata/automation";

export interface AutomationRequest {
  assetKey: string;
  partitionKey: string | null;
  runId: string | null;
  error: string | null;
}

type AutomatedAsset = AssetDefinition & { node: { automationCondition: AutomationConditionSnapshot } };

/** Evaluates every asset with an automation condition at `now`; returns the requests it made. */
export async function tickAutomationConditions(db: Database, now: Date): Promise<AutomationRequest[]> {
  const workspace = await loadWorkspace(db, now);
  const automated = workspace.list.filter(
    (d): d is AutomatedAsset => Boolean(d.node.automationCondition) && !d.node.isSource,
  );
  if (automated.length === 0) return [];
  const statuses = await readAssetStatuses(db);
  const states = await readAutomationStates(db);
  const activeRuns = await readActiveRunTargets(db);
  const busy = new Set(activeRuns.flatMap((run) => run.assetSelection));
  // Partitioned eager assets are evaluated per partition; unpartitioned ones, and the other conditions, as a whole.
  const perPartition = new Set(
    automated.filter((d) => d.node.automationCondition.type === "eager" && workspace.keySpaceOf(d.key) !== null),
  );
  const partitionStatuses = await readStoredPartitionStatuses(db, [
    ...new Set([...perPartition].flatMap((d) => [d.key, ...d.upstreamKeys])),
  ]);
  const requests: AutomationRequest[] = [];

  for (const definition of automated) {
    const assetKey = definition.key;
    const space = workspace.keySpaceOf(assetKey);
    if (space && perPartition.has(definition)) {
      const tag = { [AUTOMATION_TAG]: definition.node.automationCondition.type };
      const reads = { now, workspace, statuses, partitionStatuses, activeRuns, tag };
      for (const request of await tickEagerPartitions(db, reads, definition, space, states.get(assetKey) ?? null))
        requests.push({ assetKey, ...request });
      continue;
    }
    const status: AssetStatusRecord | null = statuses.get(assetKey) ?? null;
    const state = states.get(assetKey);
    const upstream = definition.upstreamKeys.map((key) => ({
      key,
      version: upstreamVersion(workspace.byKey.has(key) ? statuses.get(key) : undefined),
      inProgress: busy.has(key),
    }));
    const decision = evaluateAutomation({
      condition: definition.node.automationCondition,
      now,
      lastEvaluatedAt: state?.lastEvaluatedAt ?? null,
      materialized: status?.lastMaterializationAt != null,
      inProgress: busy.has(assetKey),
      upstream,
      recordedUpstream: status?.lastUpstreamVersions ?? null,
      lastRequestedFor: state?.lastRequestedFor ?? null,
    });
    const reasonsChanged = JSON.stringify(state?.lastReasons ?? []) !== JSON.stringify(decision.reasons);

    if (!decision.request) {
      await recordAutomationEvaluation(db, assetKey, now, decision.reasons, reasonsChanged);
      continue;
    }

    // Claim the request: only the daemon whose update still sees the old fingerprint launches it.
    const claimed = await claimAutomationRequest(db, assetKey, state ?? null, {
      now,
      fingerprint: decision.fingerprint,
      reasons: decision.reasons,
    });
    if (claimed === null) continue;

    const partitionKey = space && space.size > 0 ? space.keyAt(space.size - 1) : null;
    const launched = await launchRun(db, {
      assetKeys: [definition.node.key],
      partitions: partitionKey === null ? null : partitionKeySelection(partitionKey),
      systemTags: { [AUTOMATION_TAG]: definition.node.automationCondition.type },
      launchedBy: "automation",
    });
    const runId = launched.kind === "success" ? launched.run.id : null;
    const error = launched.kind === "success" ? null : launched.message;
    await recordAutomationLaunch(db, claimed, { runId, partitionKey, error });
    requests.push({ assetKey, partitionKey, runId, error });
  }
  return requests;
}
