// The asset nodes as AssetNode resolves them: definitions in their API shape (built once per set of current snapshots)
// joined with the status rows, with what derives from status (latest info, staleness) computed when the index is
// built. Every field a list of assets reads is a plain property, so the compiled executor reads it directly instead of
// calling a resolver: a catalog poll reads a dozen fields of 10,000 nodes. While runs move, a new index recomputes only
// the assets whose status row changed and their direct downstreams (whose staleness reads the changed versions).
import "server-only";
import type { AssetGraph } from "../lib/core/assetGraph";
import { evaluateFreshness, type FreshnessState } from "../lib/core/freshness";
import { type StaleStatus, staleness, upstreamVersion } from "../lib/core/staleness";
import type { AssetNodeRecord } from "../lib/orchestration/workspace/assetNodes";
import type { AssetDefinition, Workspace, WorkspaceDefinitions } from "../lib/orchestration/workspace/workspace";
import { type AssetStatusRecord, readAssetStatuses } from "../lib/store/assetStatuses";
import type { Database } from "../lib/store/database";
import type { AssetKeyShape } from "./assetKeyShape";

export type AssetMaterializationStateValue = "MATERIALIZED" | "FAILED" | "NEVER_MATERIALIZED" | "SOURCE";

export interface AssetLatestInfo {
  state: AssetMaterializationStateValue;
  lastMaterializationTimestamp: string | null;
  lastMaterializationRunId: string | null;
  lastFailureTimestamp: string | null;
  lastFailureRunId: string | null;
}

export interface StaleCauseShape {
  key: AssetKeyShape;
  reason: string;
}

export interface AssetNodeIndex {
  records: AssetNodeView[];
  byKey: Map<string, AssetNodeView>;
  graph: AssetGraph;
}

/** A definition with its API-shaped fields; shared by every index while its snapshot is current: read-only. */
interface DefinitionView {
  definition: AssetDefinition;
  id: string;
  assetKey: AssetKeyShape;
  tags: { key: string; value: string }[];
  dependencyKeys: AssetKeyShape[];
}

interface DefinitionsView {
  views: DefinitionView[];
  byKey: Map<string, DefinitionView>;
  graph: AssetGraph;
}

/** What an index build computes status-derived fields from. */
interface BuildState {
  statuses: ReadonlyMap<string, AssetStatusRecord>;
  definitions: DefinitionsView;
  /** Each asset's version now, computed once: an asset is the upstream of several. */
  currentVersion(key: string): string | null;
}

function latestInfoOf(status: AssetStatusRecord | null, isSource: boolean): AssetLatestInfo {
  const materialized = status?.lastMaterializationAt?.getTime() ?? -1;
  const failed = status?.lastFailureAt?.getTime() ?? -1;
  return {
    state: isSource
      ? "SOURCE"
      : failed > materialized
        ? "FAILED"
        : materialized >= 0
          ? "MATERIALIZED"
          : "NEVER_MATERIALIZED",
    lastMaterializationTimestamp: status?.lastMaterializationAt?.toISOString() ?? null,
    lastMaterializationRunId: status?.lastMaterializationRunId ?? null,
    lastFailureTimestamp: status?.lastFailureAt?.toISOString() ?? null,
    lastFailureRunId: status?.lastFailureRunId ?? null,
  };
}

/** One asset of one index: immutable, so an index built after a status change keeps the nodes it did not touch. */
export class AssetNodeView implements AssetNodeRecord {
  readonly key: string;
  readonly codeLocationName: string;
  readonly node: AssetDefinition["node"];
  readonly checks: AssetDefinition["checks"];
  readonly upstreamKeys: string[];
  readonly id: string;
  readonly assetKey: AssetKeyShape;
  readonly groupName: string;
  readonly kinds: string[];
  readonly owners: string[];
  readonly tags: { key: string; value: string }[];
  readonly isSource: boolean;
  readonly dependencyKeys: AssetKeyShape[];
  readonly status: AssetStatusRecord | null;
  readonly assetLatestInfo: AssetLatestInfo;
  readonly staleStatus: StaleStatus;
  readonly staleCauses: StaleCauseShape[];

  constructor(view: DefinitionView, build: BuildState) {
    const { definition } = view;
    this.key = definition.key;
    this.codeLocationName = definition.codeLocationName;
    this.node = definition.node;
    this.checks = definition.checks;
    this.upstreamKeys = definition.upstreamKeys;
    this.id = view.id;
    this.assetKey = view.assetKey;
    this.groupName = definition.node.groupName;
    this.kinds = definition.node.kinds;
    this.owners = definition.node.owners;
    this.tags = view.tags;
    this.isSource = definition.node.isSource;
    this.dependencyKeys = view.dependencyKeys;
    const status = build.statuses.get(definition.key) ?? null;
    this.status = status;
    this.assetLatestInfo = latestInfoOf(status, this.isSource);
    const stale = staleness(definition.key, {
      isSource: this.isSource,
      materialized: status?.lastMaterializationAt != null,
      codeVersion: definition.node.codeVersion,
      lastCodeVersion: status?.lastCodeVersion ?? null,
      recordedUpstream: status?.lastUpstreamVersions ?? null,
      upstreamKeys: definition.upstreamKeys,
      currentVersion: build.currentVersion,
    });
    this.staleStatus = stale.status;
    // A cause names the asset or one of its upstreams, whose API key is already built.
    this.staleCauses = stale.causes.map((c) => ({
      key: build.definitions.byKey.get(c.key)?.assetKey ?? { path: c.key.split("/") },
      reason: c.reason,
    }));
  }

  /** How the asset stands against its freshness policy now; null without a policy. Evaluated at each read: it moves with the clock. */
  get freshnessInfo(): FreshnessState | null {
    const policy = this.node.freshnessPolicy;
    return policy ? evaluateFreshness(policy, this.status?.lastMaterializationAt ?? null, new Date()) : null;
  }
}

// Views and graph depend on definitions only, so they are built once per set of current snapshots, not per request.
const definitionsViews = new WeakMap<WorkspaceDefinitions, DefinitionsView>();

function definitionsView(definitions: WorkspaceDefinitions): DefinitionsView {
  let found = definitionsViews.get(definitions);
  if (!found) {
    const views = definitions.list.map((definition) => ({
      definition,
      id: `${definition.codeLocationName}:${definition.key}`,
      assetKey: { path: definition.node.key },
      tags: Object.entries(definition.node.tags).map(([key, value]) => ({ key, value })),
      dependencyKeys: definition.node.dependencyKeys.map((path) => ({ path })),
    }));
    found = {
      views,
      byKey: new Map(views.map((view) => [view.definition.key, view])),
      graph: definitions.graph,
    };
    definitionsViews.set(definitions, found);
  }
  return found;
}

/** Keys whose node must be built again: status changed (a different record), or an upstream's did. */
function affectedKeys(
  graph: AssetGraph,
  before: ReadonlyMap<string, AssetStatusRecord>,
  after: ReadonlyMap<string, AssetStatusRecord>,
): Set<string> {
  const changed = new Set<string>();
  for (const [key, status] of after) if (before.get(key) !== status) changed.add(key);
  for (const key of before.keys()) if (!after.has(key)) changed.add(key);
  const affected = new Set(changed);
  for (const key of changed) for (const downstream of graph.downstream(key)) affected.add(downstream);
  return affected;
}

function buildIndex(
  definitions: DefinitionsView,
  statuses: ReadonlyMap<string, AssetStatusRecord>,
  previous: { statuses: ReadonlyMap<string, AssetStatusRecord>; index: AssetNodeIndex } | undefined,
): AssetNodeIndex {
  const versions = new Map<string, string | null>();
  const build: BuildState = {
    statuses,
    definitions,
    currentVersion: (key) => {
      let version = versions.get(key);
      if (version === undefined) {
        version = upstreamVersion(statuses.get(key));
        versions.set(key, version);
      }
      return version;
    },
  };
  const affected = previous ? affectedKeys(definitions.graph, previous.statuses, statuses) : null;
  const records: AssetNodeView[] = [];
  const byKey = new Map<string, AssetNodeView>();
  for (const view of definitions.views) {
    const key = view.definition.key;
    const kept = affected && !affected.has(key) ? previous?.index.byKey.get(key) : undefined;
    const record = kept ?? new AssetNodeView(view, build);
    records.push(record);
    byKey.set(key, record);
  }
  return { records, byKey, graph: definitions.graph };
}

// The index of the current definitions and status rows, shared by every request until either changes.
const indexes = new WeakMap<
  WorkspaceDefinitions,
  { statuses: ReadonlyMap<string, AssetStatusRecord>; index: AssetNodeIndex }
>();

/** Every asset of the workspace with its status now: the definitions from the workspace, the status rows when changed. */
export async function loadAssetNodeIndex(
  db: Database,
  workspace: Promise<Pick<Workspace, "definitions">>,
): Promise<AssetNodeIndex> {
  const [{ definitions }, statuses] = await Promise.all([workspace, readAssetStatuses(db)]);
  const previous = indexes.get(definitions);
  if (previous?.statuses === statuses) return previous.index;
  const index = buildIndex(definitionsView(definitions), statuses, previous);
  indexes.set(definitions, { statuses, index });
  return index;
}
