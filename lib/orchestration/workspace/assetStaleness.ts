// The staleness of every asset of a workspace, partition by partition, from the stored statuses and each partition's
// latest materialization. Kept per set of definitions and database: a poll recomputes only the assets whose status,
// partitions or key space changed, and the downstreams whose upstream results changed with them.
import {
  type AssetStaleness,
  type AssetStalenessInput,
  graphStaleness,
  type StalenessState,
} from "../../core/assetStaleness";
import { materializationsInSpace, type PartitionMaterializationRecords } from "../../core/partitionStaleness";
import { defaultPartitionMapping, type PartitionKeySpace, type PartitionMappingSnapshot } from "../../core/partitions";
import { upstreamVersion } from "../../core/staleness";
import { type AssetStatusRecord, readAssetStatuses } from "../../store/assetStatuses";
import type { Database } from "../../store/database";
import { readPartitionMaterializations } from "../../store/partitionMaterializations";
import type { AssetDefinition, Workspace, WorkspaceDefinitions } from "./workspace";

export type { AssetStaleCause, AssetStaleness } from "../../core/assetStaleness";

/** What one computation read, per asset; an input is rebuilt only when one of these changed. */
interface InputSource {
  status: AssetStatusRecord | undefined;
  records: PartitionMaterializationRecords | undefined;
  space: PartitionKeySpace | null;
  input: AssetStalenessInput;
}

interface Kept {
  statuses: ReadonlyMap<string, AssetStatusRecord>;
  sources: Map<string, InputSource>;
  state: StalenessState;
}

const order = new WeakMap<WorkspaceDefinitions, string[]>();
const partitionedByDefinitions = new WeakMap<WorkspaceDefinitions, AssetDefinition[]>();

function partitionedOf(definitions: WorkspaceDefinitions): AssetDefinition[] {
  let found = partitionedByDefinitions.get(definitions);
  if (!found) {
    found = definitions.list.filter((definition) => definition.node.partitionsDefinition);
    partitionedByDefinitions.set(definitions, found);
  }
  return found;
}
const keptByDatabase = new WeakMap<object, WeakMap<WorkspaceDefinitions, Kept>>();

function dependencyOrder(definitions: WorkspaceDefinitions): string[] {
  let found = order.get(definitions);
  if (!found) {
    found = definitions.graph.topologicalOrder();
    order.set(definitions, found);
  }
  return found;
}

function mappingsOf(definitions: WorkspaceDefinitions, definition: AssetDefinition) {
  const own = definition.node.partitionsDefinition ?? null;
  return (upstreamKey: string): PartitionMappingSnapshot =>
    definition.node.partitionMappings?.[upstreamKey] ??
    defaultPartitionMapping(definitions.byKey.get(upstreamKey)?.node.partitionsDefinition ?? null, own);
}

function inputOf(
  definitions: WorkspaceDefinitions,
  definition: AssetDefinition,
  status: AssetStatusRecord | undefined,
  records: PartitionMaterializationRecords | undefined,
  space: PartitionKeySpace | null,
): AssetStalenessInput {
  const upstreamKeys = [...new Set(definition.upstreamKeys)].filter((key) => key !== definition.key);
  return {
    key: definition.key,
    isSource: definition.node.isSource,
    codeVersion: definition.node.codeVersion,
    upstreamKeys,
    mappingOf: mappingsOf(definitions, definition),
    space,
    partitions: space ? materializationsInSpace(records ?? { byKey: new Map(), lastEventId: 0 }, space) : null,
    materialized: status?.lastMaterializationAt != null,
    lastCodeVersion: status?.lastCodeVersion ?? null,
    recordedUpstream: status?.lastUpstreamVersions ?? null,
    version: upstreamVersion(status),
    lastEventId: status?.lastMaterializationEventId != null ? Number(status.lastMaterializationEventId) : null,
  };
}

/**
 * Every asset's staleness now. `statuses` are the stored statuses (read here when not given). With nothing changed
 * since the last call for these definitions the same state object is returned, so callers can tell by identity.
 */
export async function loadAssetStaleness(
  db: Database,
  workspace: Pick<Workspace, "definitions" | "keySpaceOf">,
  statuses?: ReadonlyMap<string, AssetStatusRecord>,
): Promise<StalenessState> {
  const { definitions } = workspace;
  const current = statuses ?? (await readAssetStatuses(db));
  // A partitioned asset's partitions are read again when its status row shows another materialization.
  const partitioned = partitionedOf(definitions);
  const tokens = new Map<string, bigint>();
  for (const definition of partitioned) {
    const id = current.get(definition.key)?.lastMaterializationEventId;
    if (id != null) tokens.set(definition.key, id);
  }
  const records = await readPartitionMaterializations(db, tokens);
  let byDefinitions = keptByDatabase.get(db);
  if (!byDefinitions) {
    byDefinitions = new WeakMap();
    keptByDatabase.set(db, byDefinitions);
  }
  const kept = byDefinitions.get(definitions);
  // Between runs nothing changes: the same status rows, partitions and key spaces (a new window, a new dynamic key
  // make a new space). Checking the partitioned assets alone spares a request a walk over every asset.
  if (
    kept?.statuses === current &&
    partitioned.every((definition) => {
      const before = kept.sources.get(definition.key);
      return before?.records === records.get(definition.key) && before?.space === workspace.keySpaceOf(definition.key);
    })
  )
    return kept.state;
  const sources = new Map<string, InputSource>();
  let changed = !kept;
  for (const definition of definitions.list) {
    const key = definition.key;
    const status = current.get(key);
    const record = records.get(key);
    const space = workspace.keySpaceOf(key);
    const before = kept?.sources.get(key);
    if (before && before.status === status && before.records === record && before.space === space) {
      sources.set(key, before);
      continue;
    }
    changed = true;
    sources.set(key, {
      status,
      records: record,
      space,
      input: inputOf(definitions, definition, status, record, space),
    });
  }
  if (kept && !changed) {
    byDefinitions.set(definitions, { ...kept, statuses: current });
    return kept.state;
  }
  const state = graphStaleness(dependencyOrder(definitions), (key) => sources.get(key)?.input, kept?.state ?? null);
  byDefinitions.set(definitions, { statuses: current, sources, state });
  return state;
}

/** One asset's staleness from a computed state; up to date when the asset is unknown. */
export function stalenessOf(state: StalenessState, assetKey: string): AssetStaleness {
  return state.results.get(assetKey) ?? { status: "UP_TO_DATE", causes: [], partitions: null };
}
