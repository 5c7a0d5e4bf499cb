// The execution plan: one step per selected asset, in dependency order, each knowing its upstream steps in the plan.
import { closestMatch } from "../../core/closestMatch";
import type { AnyAssetDefinition } from "../../sdk/assetDefinition";
import type { Definitions } from "../../sdk/definitions";

export interface PlanStep {
  /** The asset key string; one step per asset. */
  key: string;
  definition: AnyAssetDefinition;
  /** Upstream steps in this plan, whatever their type; the step starts only after all of them finished. */
  upstream: string[];
  /** Downstream steps in this plan. */
  downstream: string[];
}

export type ExecutionPlan = { ok: true; steps: PlanStep[] } | { ok: false; errors: string[] };

export function buildExecutionPlan(definitions: Definitions, assetKeys: readonly string[]): ExecutionPlan {
  const errors: string[] = [];
  for (const key of new Set(assetKeys)) {
    if (definitions.getAsset(key)) continue;
    const suggestion = closestMatch(key, definitions.graph.keys);
    errors.push(`"${key}" is not an asset in this code location.${suggestion ? ` Did you mean "${suggestion}"?` : ""}`);
  }
  if (errors.length > 0) return { ok: false, errors };

  const selected = new Set(assetKeys);
  const steps = definitions.graph.topologicalOrder(selected).map(
    (key): PlanStep => ({
      key,
      definition: definitions.getAsset(key) as AnyAssetDefinition,
      upstream: definitions.graph.upstream(key).filter((upstreamKey) => selected.has(upstreamKey)),
      downstream: definitions.graph.downstream(key).filter((downstreamKey) => selected.has(downstreamKey)),
    }),
  );
  return { ok: true, steps };
}
