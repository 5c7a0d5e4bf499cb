// The partition options of asset(): checked where the asset is written, and mappings checked again once the
// upstream assets are known (defineDefinitions).
import { parseAssetKey, toAssetKeyString } from "../core/assetKey";
import { BACKFILL_POLICIES, type BackfillPolicy } from "../core/backfill/types";
import { closestMatch } from "../core/closestMatch";
import type { AssetKeyPath } from "../core/definitionsSnapshot";
import { partitionMappingProblem } from "../core/partitions";
import type { AnyAssetDefinition } from "./assetDefinition";
import { describeValue } from "./attributes";
import {
  isPartitionMapping,
  isPartitionsDefinition,
  type PartitionMapping,
  type PartitionsDefinition,
} from "./partitions";

export interface AssetPartitionOptions {
  partitions?: unknown;
  partitionMappings?: unknown;
  backfillPolicy?: unknown;
}

export interface AssetPartitionFields {
  partitions: PartitionsDefinition | null;
  /** Declared mappings by upstream asset key string ("analytics/raw_events"), normalised. */
  partitionMappings: Readonly<Record<string, PartitionMapping>>;
  backfillPolicy: BackfillPolicy;
}

/** Validates the options against the asset's own upstreams; every problem starts with `label`. */
export function normaliseAssetPartitions(
  label: string,
  options: AssetPartitionOptions,
  upstream: { ins: Readonly<Record<string, AssetKeyPath>>; dependencyKeys: readonly AssetKeyPath[] },
): { fields: AssetPartitionFields; problems: string[] } {
  const problems: string[] = [];
  const partitions = options.partitions ?? null;
  if (partitions !== null && !isPartitionsDefinition(partitions)) {
    problems.push(
      `${label}: partitions is ${describeValue(partitions)}, not a partitions definition; pass e.g. dailyPartitions({ start: "2026-01-01" }).`,
    );
  }

  const backfillPolicy = options.backfillPolicy ?? "multi_run";
  if (!BACKFILL_POLICIES.includes(backfillPolicy as BackfillPolicy)) {
    problems.push(
      `${label}: backfillPolicy must be "single_run" or "multi_run", got ${JSON.stringify(backfillPolicy)}.`,
    );
  } else if (backfillPolicy === "single_run" && partitions === null) {
    problems.push(
      `${label}: backfillPolicy "single_run" only applies to partitioned assets; add partitions or remove backfillPolicy.`,
    );
  }

  const mappings = mappingsOf(label, options.partitionMappings, upstream, problems);
  return {
    fields: {
      partitions: isPartitionsDefinition(partitions) ? partitions : null,
      partitionMappings: Object.freeze(mappings),
      backfillPolicy: backfillPolicy as BackfillPolicy,
    },
    problems,
  };
}

function mappingsOf(
  label: string,
  given: unknown,
  upstream: { ins: Readonly<Record<string, AssetKeyPath>>; dependencyKeys: readonly AssetKeyPath[] },
  problems: string[],
): Record<string, PartitionMapping> {
  const mappings: Record<string, PartitionMapping> = {};
  if (given === undefined) return mappings;
  if (typeof given !== "object" || given === null || Array.isArray(given)) {
    problems.push(
      `${label}: partitionMappings must be an object of partition mappings by upstream asset key, e.g. { raw_events: identityPartitionMapping() }.`,
    );
    return mappings;
  }
  const upstreamKeys = upstream.dependencyKeys.map(toAssetKeyString);
  for (const [written, mapping] of Object.entries(given)) {
    if (!isPartitionMapping(mapping)) {
      problems.push(
        `${label}: partitionMappings["${written}"] is ${describeValue(mapping)}, not a partition mapping; pass e.g. timeWindowPartitionMapping({ startOffset: -1, endOffset: -1 }).`,
      );
      continue;
    }
    let key = written;
    try {
      key = toAssetKeyString(parseAssetKey(written));
    } catch {
      // Not a valid key: reported below as not being an upstream.
    }
    if (!upstreamKeys.includes(key)) {
      problems.push(
        `${label}: partitionMappings names "${written}", which is not an upstream of this asset.${upstreamHint(written, upstream.ins, upstreamKeys)}`,
      );
      continue;
    }
    mappings[key] = mapping;
  }
  return mappings;
}

function upstreamHint(
  written: string,
  ins: Readonly<Record<string, AssetKeyPath>>,
  upstreamKeys: readonly string[],
): string {
  // Input names are the likeliest slip, since compute refers to upstreams by them.
  const input = ins[written];
  if (input) return ` "${written}" is an input name; key the mapping by its asset key "${toAssetKeyString(input)}".`;
  const suggestion = closestMatch(written, upstreamKeys);
  if (suggestion) return ` Did you mean "${suggestion}"?`;
  if (upstreamKeys.length === 0) return " The asset has no upstream assets; add the upstream to ins or deps first.";
  return ` Its upstream assets are ${upstreamKeys.map((key) => `"${key}"`).join(", ")}.`;
}

/** Declared mappings that cannot work between the two assets' partitions definitions, naming asset and upstream. */
export function partitionMappingProblems(
  assets: readonly AnyAssetDefinition[],
  getAsset: (key: string) => AnyAssetDefinition | undefined,
): string[] {
  const problems: string[] = [];
  for (const definition of assets) {
    if (definition.type !== "asset") continue;
    for (const [upstreamKey, mapping] of Object.entries(definition.partitionMappings)) {
      // An upstream that is not defined is reported as an unknown dependency.
      const upstream = getAsset(upstreamKey);
      if (!upstream) continue;
      const problem = partitionMappingProblem(
        mapping.snapshot,
        upstream.partitions?.snapshot ?? null,
        definition.partitions?.snapshot ?? null,
      );
      if (problem)
        problems.push(
          `Asset "${definition.keyString}": the partition mapping for upstream "${upstreamKey}" does not fit: ${problem}`,
        );
    }
  }
  return problems;
}
