// The asset nodes as AssetNode resolves them: definitions in their API shape (built once per set of current snapshots)
// joined with the status rows, with what derives from status (latest info, staleness) computed when the index is
// built. Every field a list of assets reads is a plain property, so the compiled executor reads it directly instead of
// calling a resolver: a catalog poll reads a dozen fields of 10,000 nodes. While runs move, a new index rebuilds only
// the nodes whose status row or staleness changed (staleness itself is recomputed incrementally, see
// lib/orchestration/workspace/assetStaleness.ts).
import "server-only";
import type { AssetGraph } from "../lib/core/assetGraph";
import type { AssetStaleness, StalenessState } from "../lib/core/assetStaleness";
import { declaredColumnNames } from "../lib/core/columnLineage";
import { evaluateFreshness, type FreshnessState } from "../lib/core/freshness";
import type { StaleStatus } from "../lib/core/staleness";
import type { AssetNodeRecord } from "../lib/orchestration/workspace/assetNodes";
import { loadAssetStaleness, stalenessOf } from "../lib/orchestration/workspace/assetStaleness";
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
  lastFailureMessage: string | null;
}

export interface StaleCauseShape {
  key: AssetKeyShape;
  reason: string;
  dependency: AssetKeyShape | null;
  partitionCount: number | null;
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
  columnNames: string[];
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
  staleness: StalenessState;
}

function latestInfoOf(status: AssetStatusRecord | null, isSource: boolean): AssetLatestInfo {
  const materialized = status?.lastMaterializationAt?.getTime() ?? -1;
  const failed = status?.lastFailureAt?.getTime() ?? -1;
  return {
    // A source with materializations or failures reported from outside (OpenLineage, reports) reads like any asset.
    state:
      isSource && materialized < 0 && failed < 0
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
    lastFailureMessage: status?.lastFailureMessage ?? null,
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
  /** The columns the definition declares, for `column:` selections in the browser. */
  readonly columnNames: string[];
  readonly status: AssetStatusRecord | null;
  readonly assetLatestInfo: AssetLatestInfo;
  readonly staleStatus: StaleStatus;
  readonly staleCauses: StaleCauseShape[];
  /** Partitioned assets: materialized partitions that are unsynced, and every partition now; null otherwise. */
  readonly unsyncedPartitionCount: number | null;
  readonly partitionCount: number | null;
  /** The staleness the fields above come from (with the unsynced partitions' positions). */
  readonly staleness: AssetStaleness;

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
    this.columnNames = view.columnNames;
    const status = build.statuses.get(definition.key) ?? null;
    this.status = status;
    this.assetLatestInfo = latestInfoOf(status, this.isSource);
    const stale = stalenessOf(build.staleness, definition.key);
    this.staleness = stale;
    this.staleStatus = stale.status;
    this.unsyncedPartitionCount = stale.partitions?.unsyncedCount ?? null;
    this.partitionCount = stale.partitions?.partitionCount ?? null;
    // A cause names assets of the graph, whose API keys are already built.
    const keyOf = (key: string) => build.definitions.byKey.get(key)?.assetKey ?? { path: key.split("/") };
    this.staleCauses = stale.causes.map((c) => ({
      key: keyOf(c.key),
      reason: c.reason,
      dependency: c.dependencyKey === null ? null : keyOf(c.dependencyKey),
      partitionCount: c.partitionCount,
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
      columnNames: declaredColumnNames(definition.node),
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

interface BuiltIndex {
  statuses: ReadonlyMap<string, AssetStatusRecord>;
  staleness: StalenessState;
  index: AssetNodeIndex;
}

function buildIndex(
  definitions: DefinitionsView,
  statuses: ReadonlyMap<string, AssetStatusRecord>,
  staleness: StalenessState,
  previous: BuiltIndex | undefined,
): AssetNodeIndex {
  const build: BuildState = { statuses, definitions, staleness };
  const records: AssetNodeView[] = [];
  const byKey = new Map<string, AssetNodeView>();
  for (const view of definitions.views) {
    const key = view.definition.key;
    // A node is kept while its status record and its staleness result are the same objects.
    const unchanged =
      previous !== undefined &&
      previous.statuses.get(key) === statuses.get(key) &&
      previous.staleness.results.get(key) === staleness.results.get(key);
    const kept = unchanged ? previous?.index.byKey.get(key) : undefined;
    const record = kept ?? new AssetNodeView(view, build);
    records.push(record);
    byKey.set(key, record);
  }
  return { records, byKey, graph: definitions.graph };
}

// The index of the current definitions and status rows, shared by every request until either changes.
const indexes = new WeakMap<WorkspaceDefinitions, BuiltIndex>();

/** Every asset of the workspace with its status now: the definitions from the workspace, the status rows when changed. */
export async function loadAssetNodeIndex(
  db: Database,
  workspace: Promise<Pick<Workspace, "definitions" | "keySpaceOf">>,
): Promise<AssetNodeIndex> {
  const [current, statuses] = await Promise.all([workspace, readAssetStatuses(db)]);
  const { definitions } = current;
  const staleness = await loadAssetStaleness(db, current, statuses);
  const previous = indexes.get(definitions);
  if (previous?.statuses === statuses && previous.staleness === staleness) return previous.index;
  const index = buildIndex(definitionsView(definitions), statuses, staleness, previous);
  indexes.set(definitions, { statuses, staleness, index });
  return index;
}
