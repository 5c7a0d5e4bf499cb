// The Workspace: what every loaded code location defines right now, as one value. The current definitions (one per
// asset key, the first location by name owns a duplicate), their asset graph, and the partition key spaces at one
// clock with one read of the dynamic partition keys. Definitions and graph are built once per set of snapshots, the
// dynamic keys read once per change to them; the console, the daemon, the worker and the CLI all start here.
import { type AssetGraph, buildAssetGraph } from "../../core/assetGraph";
import { toAssetKeyString } from "../../core/assetKey";
import type {
  AssetCheckSnapshot,
  AssetNodeSnapshot,
  DefinitionsSnapshot,
  ResourceSnapshot,
} from "../../core/definitionsSnapshot";
import { partitionKeySpace } from "../../core/partitions";
import type { KeySpaceContext, PartitionKeySpace, PartitionsDefinitionSnapshot } from "../../core/partitions/types";
import { readWorkspaceVersion } from "../../store/codeLocations";
import type { Database } from "../../store/database";
import { readDefinitionsSnapshots } from "../../store/definitionsSnapshots";
import { loadDynamicKeys, readDynamicPartitionsVersion } from "../../store/dynamicPartitions";

/** One asset as its code location defines it; shared by every reader while its snapshot is current: read-only. */
export interface AssetDefinition {
  /** The key string, "analytics/fact_events". */
  key: string;
  codeLocationName: string;
  /** The asset's snapshot, with codeLocationName filled in (selections such as `code_location:x` read it). */
  node: AssetNodeSnapshot;
  /** The asset's checks, as its code location defines them. */
  checks: AssetCheckSnapshot[];
  /** Key strings of `node.dependencyKeys`, in the same order. */
  upstreamKeys: string[];
}

/** A code location's snapshot as the workspace was built from it. */
export interface WorkspaceLocation {
  name: string;
  snapshotId: string;
  snapshot: DefinitionsSnapshot;
}

/** The clock-free part: built once per set of snapshots and shared while that set is current. */
export interface WorkspaceDefinitions {
  /** Names the set of snapshots: location names with their snapshot ids. */
  readonly version: string;
  /** The locations with a snapshot, in the order they own duplicate keys. */
  readonly locations: readonly WorkspaceLocation[];
  /** Every defined asset once, in location then snapshot order. */
  readonly list: readonly AssetDefinition[];
  readonly byKey: ReadonlyMap<string, AssetDefinition>;
  readonly graph: AssetGraph;
  readonly snapshotIdByLocation: ReadonlyMap<string, string>;
  /** Each location's resources, for the run config schema. */
  readonly resourcesByLocation: ReadonlyMap<string, ResourceSnapshot[]>;
}

export interface Workspace extends WorkspaceDefinitions {
  /** The one clock of this workspace: time-window key spaces end at it. */
  readonly now: Date;
  readonly definitions: WorkspaceDefinitions;
  /** The clock and dynamic keys key spaces are built with, for code that builds its own (the engine, schedules). */
  readonly keySpaceContext: KeySpaceContext;
  /** The key space of a partitions definition at this workspace's clock. */
  keySpace(definition: PartitionsDefinitionSnapshot): PartitionKeySpace;
  /** The asset's key space; null when it is not partitioned or not defined. */
  keySpaceOf(assetKey: string): PartitionKeySpace | null;
  /** The same definitions and dynamic keys at another clock (a schedule's tick time). */
  at(now: Date): Workspace;
}

function buildDefinitions(version: string, locations: readonly WorkspaceLocation[]): WorkspaceDefinitions {
  const list: AssetDefinition[] = [];
  const byKey = new Map<string, AssetDefinition>();
  const snapshotIdByLocation = new Map<string, string>();
  const resourcesByLocation = new Map<string, ResourceSnapshot[]>();
  for (const location of locations) {
    snapshotIdByLocation.set(location.name, location.snapshotId);
    resourcesByLocation.set(location.name, location.snapshot.resources ?? []);
    const checksByKey = new Map<string, AssetCheckSnapshot[]>();
    for (const check of location.snapshot.checks ?? []) {
      const key = toAssetKeyString(check.assetKey);
      const checks = checksByKey.get(key);
      if (checks) checks.push(check);
      else checksByKey.set(key, [check]);
    }
    for (const node of location.snapshot.assets) {
      const key = toAssetKeyString(node.key);
      // One asset key has one definition; the first location owns a duplicate. A source declared without upstreams
      // (code reading a table made elsewhere) takes the upstreams, metadata and checks the other location knows,
      // such as the lineage OpenLineage events drew for it.
      const owner = byKey.get(key);
      if (owner) {
        if (owner.node.isSource && owner.upstreamKeys.length === 0 && node.dependencyKeys.length > 0) {
          const adopted: AssetDefinition = {
            ...owner,
            node: {
              ...owner.node,
              dependencyKeys: node.dependencyKeys,
              metadata: { ...node.metadata, ...owner.node.metadata },
            },
            checks: [
              ...owner.checks,
              ...(checksByKey.get(key) ?? []).filter((c) => !owner.checks.some((o) => o.name === c.name)),
            ],
            upstreamKeys: node.dependencyKeys.map((dependency) => toAssetKeyString(dependency)),
          };
          list[list.indexOf(owner)] = adopted;
          byKey.set(key, adopted);
        }
        continue;
      }
      const definition: AssetDefinition = {
        key,
        codeLocationName: location.name,
        node: { ...node, codeLocationName: location.name },
        checks: checksByKey.get(key) ?? [],
        upstreamKeys: node.dependencyKeys.map((dependency) => toAssetKeyString(dependency)),
      };
      list.push(definition);
      byKey.set(key, definition);
    }
  }
  return {
    version,
    locations,
    list,
    byKey,
    graph: buildAssetGraph(list.map((d) => d.node)),
    snapshotIdByLocation,
    resourcesByLocation,
  };
}

// Definitions of the sets of snapshots read lately: the current set, and the few older ones backfills were planned
// against. A snapshot id names one snapshot for good, so a version never goes stale.
const MAX_DEFINITIONS = 8;
const definitionsByVersion = new Map<string, WorkspaceDefinitions>();

function definitionsOf(locations: readonly WorkspaceLocation[]): WorkspaceDefinitions {
  const version = locations.map((l) => `${l.name}\u0000${l.snapshotId}`).join("\u0001");
  const known = definitionsByVersion.get(version);
  if (known) return known;
  const built = buildDefinitions(version, locations);
  if (definitionsByVersion.size >= MAX_DEFINITIONS)
    definitionsByVersion.delete(definitionsByVersion.keys().next().value as string);
  definitionsByVersion.set(version, built);
  return built;
}

// Every dynamic partitions definition's keys, per database, read again only when a key was added or removed.
const dynamicKeysByDatabase = new WeakMap<
  Database,
  { version: string; keys: ReadonlyMap<string, readonly string[]> }
>();

async function currentDynamicKeys(
  db: Database,
  knownVersion?: string,
): Promise<ReadonlyMap<string, readonly string[]>> {
  const version = knownVersion ?? (await readDynamicPartitionsVersion(db));
  const known = dynamicKeysByDatabase.get(db);
  if (known?.version === version) return known.keys;
  // Read after the version: keys at least as new as it, so caching them under it never hides a change.
  const keys = await loadDynamicKeys(db);
  dynamicKeysByDatabase.set(db, { version, keys });
  return keys;
}

function workspaceAt(
  definitions: WorkspaceDefinitions,
  dynamicKeys: ReadonlyMap<string, readonly string[]>,
  now: Date,
): Workspace {
  const keySpaceContext: KeySpaceContext = { now, dynamicKeys: (name) => dynamicKeys.get(name) ?? [] };
  const keySpace = (definition: PartitionsDefinitionSnapshot) => partitionKeySpace(definition, keySpaceContext);
  return {
    ...definitions,
    definitions,
    now,
    keySpaceContext,
    keySpace,
    keySpaceOf(assetKey) {
      const definition = definitions.byKey.get(assetKey)?.node.partitionsDefinition;
      return definition ? keySpace(definition) : null;
    },
    at: (other) => workspaceAt(definitions, dynamicKeys, other),
  };
}

/**
 * The workspace of every loaded location's current snapshot, at `now` (the time of the call unless given: tests and
 * daemon ticks pass theirs). Locations own duplicate keys in name order.
 */
export async function loadWorkspace(db: Database, now: Date = new Date()): Promise<Workspace> {
  // One small query names the workspace; snapshots and dynamic keys are read only when that name changed.
  const version = await readWorkspaceVersion(db);
  const [snapshots, dynamicKeys] = await Promise.all([
    readDefinitionsSnapshots(
      db,
      version.locations.map((location) => location.snapshotId),
    ),
    currentDynamicKeys(db, version.dynamicKeysVersion),
  ]);
  const loaded = version.locations.flatMap(({ name, snapshotId }) => {
    const snapshot = snapshots.get(snapshotId);
    return snapshot ? [{ name, snapshotId, snapshot }] : [];
  });
  return workspaceAt(definitionsOf(loaded), dynamicKeys, now);
}

/**
 * The workspace of given stored snapshots (a backfill's, by location name) at `now`; locations own duplicate keys
 * in the order given. `missing` names the locations whose snapshot is no longer stored.
 */
export async function loadWorkspaceOfSnapshots(
  db: Database,
  snapshotIds: readonly (readonly [locationName: string, snapshotId: string])[],
  now: Date,
): Promise<{ workspace: Workspace; missing: string[] }> {
  const [snapshots, dynamicKeys] = await Promise.all([
    readDefinitionsSnapshots(
      db,
      snapshotIds.map(([, id]) => id),
    ),
    currentDynamicKeys(db),
  ]);
  const missing: string[] = [];
  const locations: WorkspaceLocation[] = [];
  for (const [name, snapshotId] of snapshotIds) {
    const snapshot = snapshots.get(snapshotId);
    if (snapshot) locations.push({ name, snapshotId, snapshot });
    else missing.push(name);
  }
  return { workspace: workspaceAt(definitionsOf(locations), dynamicKeys, now), missing };
}

/** Only the clock and the dynamic keys, for code that runs user definitions rather than snapshots (a run process). */
export async function loadKeySpaceContext(db: Database, now: Date = new Date()): Promise<KeySpaceContext> {
  const dynamicKeys = await currentDynamicKeys(db);
  return { now, dynamicKeys: (name) => dynamicKeys.get(name) ?? [] };
}
