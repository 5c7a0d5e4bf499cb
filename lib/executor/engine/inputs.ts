// A step's inputs: external upstreams through load(), others through their IO manager, partition by partition
// through the asset's partition mappings.
import { toAssetKeyString } from "../../core/assetKey";
import {
  defaultPartitionMapping,
  type PartitionKeySpace,
  type PartitionMappingSnapshot,
  upstreamPartitionKeys,
} from "../../core/partitions";
import type { AssetDefinition, ExternalAssetDefinition } from "../../sdk/assetDefinition";
import type { AssetExecutionContext } from "../../sdk/context";
import type { Definitions } from "../../sdk/definitions";
import { type IOManager, OutputNotFoundError } from "../../sdk/ioManager";
import type { PartitionsDefinition } from "../../sdk/partitions";
import { InputUnavailableError } from "./errors";
import { toStepError } from "./events";
import { formatRange, nameKeys, type StepPartitions } from "./runPartitions";

/** What loading inputs needs from the run. */
export interface InputSource {
  definitions: Definitions;
  runId: string;
  ioManagerFor(definition: AssetDefinition): IOManager;
  spaceOf(definition: PartitionsDefinition): PartitionKeySpace;
}

/**
 * Each input by name. An upstream partition read alone arrives as its value; several upstream partitions (or every
 * partition, or a partitioned upstream of an unpartitioned asset) arrive as Record<partitionKey, value> in key order.
 */
export async function loadInputs(
  definition: AssetDefinition,
  partitions: StepPartitions,
  source: InputSource,
  externalContext: (target: ExternalAssetDefinition) => Promise<AssetExecutionContext>,
  log: AssetExecutionContext["log"],
): Promise<Record<string, unknown>> {
  const inputs: Record<string, unknown> = {};
  for (const [name, upstreamPath] of Object.entries(definition.ins)) {
    const upstreamKey = toAssetKeyString(upstreamPath);
    const upstream = source.definitions.getAsset(upstreamKey);
    if (!upstream)
      throw new InputUnavailableError(
        `Input "${name}" reads asset "${upstreamKey}", which is not defined in this code location.`,
      );
    if (upstream.type === "external") {
      if (!upstream.load) {
        throw new InputUnavailableError(
          `Input "${name}" reads external asset "${upstreamKey}", which has no load function; give it externalAsset({ load }) so downstream assets can read it.`,
        );
      }
      inputs[name] = await upstream.load(await externalContext(upstream));
    } else if (!upstream.partitions) {
      inputs[name] = await loadPartition(name, upstream, null, source);
    } else {
      inputs[name] = await loadPartitionedInput(
        name,
        definition,
        upstream,
        upstream.partitions,
        partitions,
        source,
        log,
      );
    }
  }
  return inputs;
}

async function loadPartitionedInput(
  name: string,
  definition: AssetDefinition,
  upstream: AssetDefinition,
  upstreamPartitions: PartitionsDefinition,
  partitions: StepPartitions,
  source: InputSource,
  log: AssetExecutionContext["log"],
): Promise<unknown> {
  const upstreamKey = upstream.keyString;
  const mapping: PartitionMappingSnapshot =
    definition.partitionMappings[upstreamKey]?.snapshot ??
    defaultPartitionMapping(upstreamPartitions.snapshot, definition.partitions?.snapshot ?? null);
  const keys = upstreamPartitionKeys(mapping, partitions.space, partitions.keys, source.spaceOf(upstreamPartitions));
  const readsEveryPartition = mapping.type === "all" || !definition.partitions;
  const asRecord = readsEveryPartition || definition.partitionedIns.includes(name);

  if (keys.length === 1 && !asRecord) return loadPartition(name, upstream, keys[0] ?? null, source);
  if (keys.length === 0 && !readsEveryPartition) {
    log.warn(
      `Input "${name}": no partition of upstream asset "${upstreamKey}" corresponds to ${describePartitions(partitions)}, so it is an empty record.`,
    );
  }

  const values: Record<string, unknown> = {};
  const missing: string[] = [];
  for (const key of keys) {
    const loaded = await tryLoadPartition(name, upstream, key, source);
    if (loaded.found) values[key] = loaded.value;
    else missing.push(key);
  }
  if (missing.length === 0) return values;
  if (readsEveryPartition) {
    // Reading every partition means "whatever exists": a partition never materialized is simply not there yet.
    log.info(
      `Input "${name}": ${missing.length} of ${keys.length} partitions of upstream asset "${upstreamKey}" were never materialized and are left out: ${nameKeys(missing)}.`,
    );
    return values;
  }
  throw new InputUnavailableError(
    `Input "${name}" needs partition${missing.length === 1 ? "" : "s"} ${nameKeys(missing)} of upstream asset "${upstreamKey}", which ${missing.length === 1 ? "has" : "have"} not been materialized; materialize ${missing.length === 1 ? "it" : "them"} first.`,
  );
}

/** One stored value; a value never stored is an InputUnavailableError, since retrying cannot make it appear. */
async function loadPartition(
  name: string,
  upstream: AssetDefinition,
  partitionKey: string | null,
  source: InputSource,
): Promise<unknown> {
  const loaded = await tryLoadPartition(name, upstream, partitionKey, source);
  if (loaded.found) return loaded.value;
  const partition = partitionKey === null ? "" : ` for partition "${partitionKey}"`;
  throw new InputUnavailableError(
    `Input "${name}" needs upstream asset "${upstream.keyString}", which has not been materialized${partition}; materialize "${upstream.keyString}" first or add it to the selection. (${loaded.message})`,
  );
}

async function tryLoadPartition(
  name: string,
  upstream: AssetDefinition,
  partitionKey: string | null,
  source: InputSource,
): Promise<{ found: true; value: unknown } | { found: false; message: string }> {
  try {
    return {
      found: true,
      value: await source
        .ioManagerFor(upstream)
        .loadInput({ assetKey: [...upstream.key], partitionKey, runId: source.runId }),
    };
  } catch (error) {
    // By name too: an IO manager bundled with its own copy of the SDK throws a different class.
    if (error instanceof OutputNotFoundError || (error instanceof Error && error.name === "OutputNotFoundError"))
      return { found: false, message: error.message };
    const partition = partitionKey === null ? "" : ` (partition "${partitionKey}")`;
    throw new Error(
      `Could not load input "${name}" from upstream asset "${upstream.keyString}"${partition}: ${toStepError(error).message}`,
      { cause: error },
    );
  }
}

function describePartitions(partitions: StepPartitions): string {
  if (partitions.range) return `partitions ${formatRange(partitions.range)}`;
  return partitions.keys.length === 1 ? `partition "${partitions.keys[0]}"` : "this run";
}
