// The run config schema of a selection, read off a code location's snapshot: the selected assets' config and the
// config of the location's resources. The server and the run process both use it, so a document the launchpad
// accepts is one the run accepts.
import { toAssetKeyString } from "../assetKey";
import type { AssetNodeSnapshot, ResourceSnapshot } from "../definitionsSnapshot";
import { runConfigSchema } from "./runConfigSchema";
import type { JsonSchema, RunConfig } from "./types";

/**
 * Every resource of the location may be configured, used by the selection or not: one document then fits each run
 * of a backfill or a re-execution of some steps, and the launchpad lists what can be set.
 */
export function runConfigSchemaForSelection(
  snapshot: { assets: readonly AssetNodeSnapshot[]; resources?: readonly ResourceSnapshot[] },
  assetKeys: readonly string[],
): JsonSchema {
  const byKey = new Map(snapshot.assets.map((node) => [toAssetKeyString(node.key), node]));
  const selected = assetKeys
    .map((key) => byKey.get(key))
    .filter((node): node is AssetNodeSnapshot => node !== undefined && !node.isSource);
  return runConfigSchema(
    selected.map((node) => ({ key: toAssetKeyString(node.key), configJsonSchema: node.configJsonSchema ?? null })),
    snapshot.resources ?? [],
  );
}

/** The part of a document for a run of some of its assets: their `ops` entries, and every resource's config. */
export function runConfigForAssets(config: RunConfig, assetKeys: readonly string[]): RunConfig {
  const keys = new Set(assetKeys);
  const out: RunConfig = {};
  if (config.ops) {
    const ops = Object.fromEntries(Object.entries(config.ops).filter(([key]) => keys.has(key)));
    if (Object.keys(ops).length > 0) out.ops = ops;
  }
  if (config.resources && Object.keys(config.resources).length > 0) out.resources = structuredClone(config.resources);
  return out;
}
