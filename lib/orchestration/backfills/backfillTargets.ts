// What a backfill request targets: assets from keys or a selection and partitions from a selection text, checked
// against the current snapshots up front, so a request that cannot run is refused before anything is stored.
import type { AssetGraph } from "../../core/assetGraph";
import { toAssetKeyString } from "../../core/assetKey";
import type { BackfillTarget } from "../../core/backfill";
import { closestMatch } from "../../core/closestMatch";
import type { AssetNodeSnapshot } from "../../core/definitionsSnapshot";
import {
  describePartitionsDefinition,
  intersectRanges,
  parsePartitionSelection,
  partitionsDefinitionId,
  rangesFromIndices,
  subtractRanges,
} from "../../core/partitions";
import type { IndexRange, PartitionKeySpace, PartitionsDefinitionSnapshot } from "../../core/partitions/types";
import { selectAssets } from "../../core/selection";
import { readAssetStatusesOf } from "../../store/assetStatuses";
import type { Database } from "../../store/database";
import { partitionStatusInSpace, readStoredPartitionStatuses } from "../../store/partitionStatus";
import { loadAssetStaleness, stalenessOf } from "../workspace/assetStaleness";
import type { Workspace } from "../workspace/workspace";

export type BackfillProblem =
  | { kind: "assetNotFound"; message: string }
  | { kind: "invalidSelection"; message: string; position: number }
  | { kind: "invalidPartitionSelection"; message: string }
  | { kind: "invalidConfig"; message: string; errors: { path: string[]; message: string }[] }
  | { kind: "unauthorized"; message: string }
  | { kind: "error"; message: string };

export type Resolved<T> = { ok: true; value: T } | { ok: false; problem: BackfillProblem };

const fail = (problem: BackfillProblem): { ok: false; problem: BackfillProblem } => ({ ok: false, problem });

/** The definitions a new backfill is planned against: the workspace of every loaded location's current snapshot. */
export type CurrentDefinitions = Workspace;

export interface AssetChoice {
  /** Explicit asset key paths… */
  assetKeys?: string[][] | null;
  /** …or a selection such as `+daily_events` (used when no keys are given). */
  selection?: string | null;
}

/** The asset keys to backfill, in dependency order; source assets are never materialized, so they are left out. */
export function chooseAssets(definitions: CurrentDefinitions, choice: AssetChoice): Resolved<string[]> {
  const { graph, byKey } = definitions;
  const isSource = (key: string) => byKey.get(key)?.node.isSource === true;
  if (choice.assetKeys?.length) {
    const keys = choice.assetKeys.map((path) => toAssetKeyString(path));
    for (const key of keys) {
      if (!graph.has(key)) return fail({ kind: "assetNotFound", message: unknownAssetMessage(key, graph) });
      if (isSource(key))
        return fail({
          kind: "error",
          message: `Asset "${key}" is a source asset: Strata observes it but never materializes it, so it cannot be backfilled.`,
        });
    }
    return { ok: true, value: graph.topologicalOrder(keys) };
  }
  const selection = choice.selection?.trim();
  if (!selection) return fail({ kind: "error", message: "Nothing to backfill: give asset keys or a selection." });
  const selected = selectAssets(graph, selection);
  if (!selected.ok)
    return fail({ kind: "invalidSelection", message: selected.error.message, position: selected.error.position });
  const keys = selected.keys.filter((key) => !isSource(key));
  if (keys.length > 0) return { ok: true, value: keys };
  // A lone mistyped key is the usual cause of an empty selection; say which key was probably meant.
  if (!/[\s:+*()]/.test(selection) && !graph.has(selection))
    return fail({ kind: "assetNotFound", message: unknownAssetMessage(selection, graph) });
  return fail({ kind: "error", message: `The selection "${selection}" matches no assets that Strata materializes.` });
}

function unknownAssetMessage(key: string, graph: AssetGraph): string {
  const suggestion = closestMatch(key, graph.keys);
  return `No asset with key "${key}" is defined in any loaded code location.${suggestion ? ` Did you mean "${suggestion}"?` : ""}`;
}

function targetOf(
  definitions: CurrentDefinitions,
  assetKey: string,
  space: PartitionKeySpace | null,
  ranges: readonly IndexRange[],
): BackfillTarget {
  const found = definitions.byKey.get(assetKey)!;
  return { assetKey, codeLocationName: found.codeLocationName, node: found.node, space, ranges };
}

export interface PartitionChoice {
  /** "2026-01-01...2026-01-30, 2026-02-03"; null or undefined for every partition. */
  partitionSelection?: string | null;
  /** Leave out partitions (and unpartitioned assets) whose latest materialization succeeded. */
  onlyMissingOrFailed?: boolean | null;
  /** Keep only unsynced partitions (and unpartitioned assets): materialized, but their code or upstream data changed since. */
  onlyUnsynced?: boolean | null;
  /** Take in the upstream partitions the chosen ones read that are missing (transitively), planned upstream-first. */
  includeMissingUpstream?: boolean | null;
}

/**
 * Targets for `keys` (dependency order). The partition selection must name partitions of every partitioned asset:
 * assets with different partitions definitions share one selection only where its keys exist in each.
 */
export async function chooseTargets(
  db: Database,
  definitions: CurrentDefinitions,
  keys: readonly string[],
  choice: PartitionChoice,
): Promise<Resolved<BackfillTarget[]>> {
  const nodes = keys.map((key) => definitions.byKey.get(key)?.node as AssetNodeSnapshot);
  const partitioned = keys.filter((_, i) => nodes[i]?.partitionsDefinition);
  if (partitioned.length === 0) {
    const subject =
      keys.length === 1
        ? `"${keys[0]}" is not partitioned`
        : `None of the selected assets (${keys.map((k) => `"${k}"`).join(", ")}) is partitioned`;
    return fail({ kind: "error", message: `${subject}; launch a run to materialize it instead of a backfill.` });
  }
  const text = choice.partitionSelection ?? null;
  const definitionCount = new Set(
    partitioned.map((key) =>
      partitionsDefinitionId(definitions.byKey.get(key)?.node.partitionsDefinition as PartitionsDefinitionSnapshot),
    ),
  ).size;
  const targets: BackfillTarget[] = [];
  for (const key of keys) {
    const definition = definitions.byKey.get(key)?.node.partitionsDefinition;
    if (!definition) {
      targets.push(targetOf(definitions, key, null, []));
      continue;
    }
    const space = definitions.keySpace(definition);
    let ranges: IndexRange[] = space.size > 0 ? [[0, space.size - 1]] : [];
    if (text !== null) {
      const parsed = parsePartitionSelection(space, text);
      if (!parsed.ok) {
        const message =
          definitionCount === 1
            ? parsed.message
            : `The partition selection does not fit asset "${key}" (${describePartitionsDefinition(definition)}): ${parsed.message}`;
        return fail({ kind: "invalidPartitionSelection", message });
      }
      ranges = parsed.ranges;
    }
    targets.push(targetOf(definitions, key, space, ranges));
  }
  let chosen = choice.onlyMissingOrFailed ? await withoutMaterialized(db, targets) : targets;
  if (choice.onlyUnsynced) chosen = await onlyUnsynced(db, definitions, chosen);
  return { ok: true, value: chosen };
}

/** Each target narrowed to its unsynced partitions; an unpartitioned target is kept only when it is unsynced. */
async function onlyUnsynced(
  db: Database,
  definitions: CurrentDefinitions,
  targets: readonly BackfillTarget[],
): Promise<BackfillTarget[]> {
  const state = await loadAssetStaleness(db, definitions);
  return targets.flatMap((target) => {
    const staleness = stalenessOf(state, target.assetKey);
    if (!target.space) return staleness.status === "STALE" ? [target] : [];
    return [{ ...target, ranges: intersectRanges(target.ranges, staleness.partitions?.unsynced ?? []) }];
  });
}

/** Partitions whose latest outcome is a materialization are left out; unpartitioned assets likewise. */
async function withoutMaterialized(db: Database, targets: readonly BackfillTarget[]): Promise<BackfillTarget[]> {
  const keys = targets.map((t) => t.assetKey);
  const [stored, statuses] = await Promise.all([readStoredPartitionStatuses(db, keys), readAssetStatusesOf(db, keys)]);
  const upToDate = new Set(
    [...statuses]
      .filter(([, s]) => s.lastMaterializationAt && (!s.lastFailureAt || s.lastFailureAt <= s.lastMaterializationAt))
      .map(([assetKey]) => assetKey),
  );
  return targets.flatMap((target) => {
    if (!target.space) return upToDate.has(target.assetKey) ? [] : [target];
    const status = partitionStatusInSpace(stored.get(target.assetKey), target.space);
    return [{ ...target, ranges: subtractRanges(target.ranges, status.materialized) }];
  });
}

/**
 * Targets for given partition keys per asset (null: the asset is unpartitioned), against the current definitions:
 * how a retry re-targets what did not materialize. Keys no longer in an asset's key space are left out.
 */
export function targetsFromKeys(
  definitions: CurrentDefinitions,
  keysByAsset: ReadonlyMap<string, readonly string[] | null>,
): Resolved<BackfillTarget[]> {
  for (const assetKey of keysByAsset.keys()) {
    if (!definitions.graph.has(assetKey))
      return fail({
        kind: "assetNotFound",
        message: `Asset "${assetKey}" is no longer defined in any loaded code location.`,
      });
  }
  const ordered = definitions.graph.topologicalOrder(keysByAsset.keys());
  return {
    ok: true,
    value: ordered.map((assetKey) => {
      const definition = definitions.byKey.get(assetKey)?.node.partitionsDefinition;
      if (!definition) return targetOf(definitions, assetKey, null, []);
      const space = definitions.keySpace(definition);
      const keys = keysByAsset.get(assetKey);
      // An asset that became partitioned since is retried whole.
      const ranges: IndexRange[] = keys
        ? rangesFromIndices(keys.map((key) => space.indexOf(key)).filter((i) => i >= 0))
        : space.size > 0
          ? [[0, space.size - 1]]
          : [];
      return targetOf(definitions, assetKey, space, ranges);
    }),
  };
}
