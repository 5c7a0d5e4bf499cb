// The asset graph by group, for graphs too large to send whole (100,000 assets is 32 MB of structure): each group with
// its asset count and a status roll-up, the edges between groups with how many asset edges each stands for, and one
// group's assets with the edges that cross to other groups. The group structure depends on definitions only, so it is
// built once per set of snapshots; the roll-up once per asset node index (which is shared until a status changes).
import "server-only";
import type { AssetNodeIndex, AssetNodeView } from "./assetNodeView";

/** Above this many assets the graph page opens on the group overview (STRATA_GRAPH_OVERVIEW_ABOVE overrides it). */
export const DEFAULT_OVERVIEW_ABOVE = 10_000;
/** Groups one assetGraphGroups request may name. */
export const MAX_GROUPS_PER_REQUEST = 10;
/** Assets one assetGraphGroups request may answer (the named groups' own; linked assets come on top). */
export const MAX_ASSETS_PER_REQUEST = 5_000;
const MAX_GROUP_NAME_LENGTH = 200;

export interface GroupStatusCounts {
  materialized: number;
  failed: number;
  neverMaterialized: number;
  source: number;
  stale: number;
}

export interface AssetGroupSummary {
  name: string;
  codeLocationNames: string[];
  assetCount: number;
  statusCounts: GroupStatusCounts;
}

export interface GroupEdge {
  /** The upstream group. */
  source: string;
  target: string;
  /** Asset edges from the one group to the other. */
  assetEdgeCount: number;
}

export interface AssetGraphOverview {
  assetCount: number;
  /** Whether the console should open the graph on its groups rather than every asset. */
  overviewFirst: boolean;
  groups: AssetGroupSummary[];
  groupEdges: GroupEdge[];
}

interface GroupStructure {
  /** Group name → its assets, in index order. */
  members: Map<string, AssetNodeView[]>;
  locations: Map<string, string[]>;
  groupEdges: GroupEdge[];
}

// Keyed by the index's graph, which is the definitions' graph: one structure per set of snapshots.
const structures = new WeakMap<AssetNodeIndex["graph"], GroupStructure>();

function groupStructure(index: AssetNodeIndex): GroupStructure {
  const cached = structures.get(index.graph);
  if (cached) return cached;
  const members = new Map<string, AssetNodeView[]>();
  const locations = new Map<string, Set<string>>();
  for (const record of index.records) {
    const list = members.get(record.groupName);
    if (list) list.push(record);
    else members.set(record.groupName, [record]);
    const names = locations.get(record.groupName) ?? new Set<string>();
    names.add(record.codeLocationName);
    locations.set(record.groupName, names);
  }
  const edgeCounts = new Map<string, GroupEdge>();
  for (const record of index.records) {
    for (const upstream of index.graph.upstream(record.key)) {
      const from = index.byKey.get(upstream)?.groupName;
      if (from === undefined || from === record.groupName) continue;
      const id = `${from}\n${record.groupName}`;
      const edge = edgeCounts.get(id);
      if (edge) edge.assetEdgeCount += 1;
      else edgeCounts.set(id, { source: from, target: record.groupName, assetEdgeCount: 1 });
    }
  }
  const structure: GroupStructure = {
    members,
    locations: new Map([...locations].map(([group, names]) => [group, [...names].sort()])),
    groupEdges: [...edgeCounts.values()],
  };
  structures.set(index.graph, structure);
  return structure;
}

function statusCountsOf(assets: readonly AssetNodeView[]): GroupStatusCounts {
  const counts: GroupStatusCounts = { materialized: 0, failed: 0, neverMaterialized: 0, source: 0, stale: 0 };
  for (const asset of assets) {
    const state = asset.assetLatestInfo.state;
    if (state === "MATERIALIZED") counts.materialized += 1;
    else if (state === "FAILED") counts.failed += 1;
    else if (state === "NEVER_MATERIALIZED") counts.neverMaterialized += 1;
    else counts.source += 1;
    if (asset.staleStatus === "STALE") counts.stale += 1;
  }
  return counts;
}

const overviews = new WeakMap<AssetNodeIndex, Omit<AssetGraphOverview, "overviewFirst">>();

/** The threshold from the environment (a whole number of assets), else the default. */
export function overviewThreshold(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.STRATA_GRAPH_OVERVIEW_ABOVE?.trim();
  const value = raw ? Number(raw) : Number.NaN;
  return Number.isInteger(value) && value >= 0 ? value : DEFAULT_OVERVIEW_ABOVE;
}

export function assetGraphOverview(index: AssetNodeIndex, threshold = overviewThreshold()): AssetGraphOverview {
  let overview = overviews.get(index);
  if (!overview) {
    const structure = groupStructure(index);
    overview = {
      assetCount: index.records.length,
      groups: [...structure.members].map(([name, assets]) => ({
        name,
        codeLocationNames: structure.locations.get(name) ?? [],
        assetCount: assets.length,
        statusCounts: statusCountsOf(assets),
      })),
      groupEdges: structure.groupEdges,
    };
    overviews.set(index, overview);
  }
  return { ...overview, overviewFirst: overview.assetCount > threshold };
}

export interface AssetGraphGroupsAnswer {
  kind: "groups";
  /** The named groups' assets. */
  assets: AssetNodeView[];
  /** Assets of other groups one edge away from them, drawn as links to their group. */
  linkedAssets: AssetNodeView[];
  /** Every asset edge touching the named groups' assets, as key strings. */
  edges: { source: string; target: string }[];
}

export interface InvalidGroupsInput {
  kind: "invalidInput";
  field: string;
  message: string;
}

/** The named groups' assets and their edges, or why the names were refused (nothing is read for a refused request). */
export function assetGraphGroups(
  index: AssetNodeIndex,
  groupNames: readonly string[],
): AssetGraphGroupsAnswer | InvalidGroupsInput {
  const refuse = (message: string): InvalidGroupsInput => ({ kind: "invalidInput", field: "groupNames", message });
  const names = [...new Set(groupNames)];
  if (names.length === 0) return refuse("name at least one group.");
  if (names.length > MAX_GROUPS_PER_REQUEST)
    return refuse(`at most ${MAX_GROUPS_PER_REQUEST} groups a request; ${names.length} were named.`);
  const tooLong = names.find((name) => name.length > MAX_GROUP_NAME_LENGTH);
  if (tooLong !== undefined)
    return refuse(`a group name is at most ${MAX_GROUP_NAME_LENGTH} characters; one has ${tooLong.length}.`);
  const structure = groupStructure(index);
  const unknown = names.filter((name) => !structure.members.has(name));
  if (unknown.length > 0)
    return refuse(`no group named ${unknown.map((n) => JSON.stringify(n)).join(", ")} in the loaded code locations.`);
  const assets = names.flatMap((name) => structure.members.get(name) ?? []);
  if (assets.length > MAX_ASSETS_PER_REQUEST)
    return refuse(
      `the groups named hold ${assets.length} assets; one request answers at most ${MAX_ASSETS_PER_REQUEST}.`,
    );
  const inside = new Set(names);
  const linked = new Map<string, AssetNodeView>();
  const edges: { source: string; target: string }[] = [];
  const link = (key: string) => {
    const record = index.byKey.get(key);
    if (record && !inside.has(record.groupName)) linked.set(key, record);
  };
  for (const asset of assets) {
    for (const upstream of index.graph.upstream(asset.key)) {
      edges.push({ source: upstream, target: asset.key });
      link(upstream);
    }
    for (const downstream of index.graph.downstream(asset.key)) {
      // An edge between two named groups is listed once, from its downstream end.
      const record = index.byKey.get(downstream);
      if (record && inside.has(record.groupName)) continue;
      edges.push({ source: asset.key, target: downstream });
      link(downstream);
    }
  }
  return { kind: "groups", assets, linkedAssets: [...linked.values()], edges };
}
