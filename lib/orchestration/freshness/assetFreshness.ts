// Freshness as the daemon records it: every asset with a freshness policy judged at one time, and each change of
// status logged with the reason.
import { evaluateFreshness, type FreshnessState, type FreshnessStatus } from "../../core/freshness";
import { readAssetStatuses } from "../../store/assetStatuses";
import type { Database } from "../../store/database";
import { readFreshnessStatuses, recordFreshnessEvaluation } from "../../store/freshnessEvaluations";
import { loadWorkspace } from "../workspace/workspace";

const FRESHNESS_WORDS: Record<FreshnessStatus, string> = { FRESH: "fresh", WARN: "close to stale", STALE: "stale" };

export interface FreshnessChange {
  assetKey: string;
  from: FreshnessStatus | null;
  to: FreshnessStatus;
  state: FreshnessState;
}

/** Evaluates every asset with a freshness policy at `now`; returns the assets whose status changed. */
export async function recordFreshness(db: Database, now: Date): Promise<FreshnessChange[]> {
  const definitions = (await loadWorkspace(db, now)).list.filter((definition) => definition.node.freshnessPolicy);
  if (definitions.length === 0) return [];
  const [statuses, previous] = await Promise.all([readAssetStatuses(db), readFreshnessStatuses(db)]);
  const changes: FreshnessChange[] = [];
  for (const { key: assetKey, node } of definitions) {
    const state = evaluateFreshness(node.freshnessPolicy!, statuses.get(assetKey)?.lastMaterializationAt ?? null, now);
    const before = previous.get(assetKey) ?? null;
    const changed = before !== state.status;
    const message = `${assetKey} is ${FRESHNESS_WORDS[state.status]}${before ? ` (was ${FRESHNESS_WORDS[before]})` : ""}: ${state.reason}.`;
    await recordFreshnessEvaluation(db, {
      assetKey,
      state,
      evaluatedAt: now,
      change: changed ? { from: before, message } : null,
    });
    if (changed) changes.push({ assetKey, from: before, to: state.status, state });
  }
  return changes;
}
