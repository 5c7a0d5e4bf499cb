// The asset nodes as AssetNode resolves them: definitions in their API shape (built once per set of current snapshots)
// joined with the status rows, and the status-derived fields (latest info, staleness) computed on first read. Every
// field a list of assets reads is a plain property or getter, so the compiled executor reads it directly instead of
// calling a resolver: a catalog poll reads a dozen fields of 10,000 nodes.
import { buildAssetGraph, type AssetGraph } from "../lib/core/assetGraph";
import { evaluateFreshness, type FreshnessState } from "../lib/core/freshness";
import { staleness, upstreamVersion, type StaleStatus } from "../lib/core/staleness";
import { loadAssetDefinitions, readAssetStatuses, type AssetDefinition, type AssetDefinitions, type AssetNodeRecord, type AssetStatusRecord } from "../lib/store/assetNodes";
import type { PrismaClient } from "../lib/store/prisma";
import type { AssetKeyShape } from "./types/assetKey";

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

/** A definition with its API-shaped fields; shared by every request while its snapshot is current: read-only. */
interface DefinitionView {
  definition: AssetDefinition;
  id: string;
  assetKey: AssetKeyShape;
  tags: { key: string; value: string }[];
  dependencyKeys: AssetKeyShape[];
}

export interface AssetNodeIndex {
  records: AssetNodeView[];
  byKey: Map<string, AssetNodeView>;
  graph: AssetGraph;
}

/** What the nodes of one index share: the index (for upstream statuses) and each asset's version. */
interface IndexState {
  byKey: Map<string, AssetNodeView>;
  /** Each asset's version now, computed once: an asset is the upstream of several. */
  currentVersion(key: string): string | null;
}

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
  private latestInfo: AssetLatestInfo | undefined = undefined;
  private stale: { status: StaleStatus; causes: StaleCauseShape[] } | undefined = undefined;

  constructor(
    view: DefinitionView,
    readonly status: AssetStatusRecord | null,
    private readonly shared: IndexState,
  ) {
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
  }

  get assetLatestInfo(): AssetLatestInfo {
    if (!this.latestInfo) {
      const { status } = this;
      const materialized = status?.lastMaterializationAt?.getTime() ?? -1;
      const failed = status?.lastFailureAt?.getTime() ?? -1;
      this.latestInfo = {
        state: this.isSource ? "SOURCE" : failed > materialized ? "FAILED" : materialized >= 0 ? "MATERIALIZED" : "NEVER_MATERIALIZED",
        lastMaterializationTimestamp: status?.lastMaterializationAt?.toISOString() ?? null,
        lastMaterializationRunId: status?.lastMaterializationRunId ?? null,
        lastFailureTimestamp: status?.lastFailureAt?.toISOString() ?? null,
        lastFailureRunId: status?.lastFailureRunId ?? null,
      };
    }
    return this.latestInfo;
  }

  /** How the asset stands against its freshness policy now; null without a policy. Evaluated at each read: it moves with the clock. */
  get freshnessInfo(): FreshnessState | null {
    const policy = this.node.freshnessPolicy;
    return policy ? evaluateFreshness(policy, this.status?.lastMaterializationAt ?? null, new Date()) : null;
  }

  get staleStatus(): StaleStatus {
    return this.staleness().status;
  }

  get staleCauses(): StaleCauseShape[] {
    return this.staleness().causes;
  }

  private staleness(): { status: StaleStatus; causes: StaleCauseShape[] } {
    if (!this.stale) {
      const { byKey, currentVersion } = this.shared;
      const { status, causes } = staleness(this.key, {
        isSource: this.isSource,
        materialized: this.status?.lastMaterializationAt != null,
        codeVersion: this.node.codeVersion,
        lastCodeVersion: this.status?.lastCodeVersion ?? null,
        recordedUpstream: this.status?.lastUpstreamVersions ?? null,
        upstreamKeys: this.upstreamKeys,
        currentVersion,
      });
      // A cause names the asset or one of its upstreams, whose API key is already built.
      this.stale = { status, causes: causes.map((c) => ({ key: byKey.get(c.key)?.assetKey ?? { path: c.key.split("/") }, reason: c.reason })) };
    }
    return this.stale;
  }
}

interface DefinitionsView {
  views: DefinitionView[];
  graph: AssetGraph;
}

// Views and graph depend on definitions only, so they are built once per set of current snapshots, not per request.
const definitionsViews = new WeakMap<AssetDefinitions, DefinitionsView>();

function definitionsView(definitions: AssetDefinitions): DefinitionsView {
  let found = definitionsViews.get(definitions);
  if (!found) {
    found = {
      views: definitions.list.map((definition) => ({
        definition,
        id: `${definition.codeLocationName}:${definition.key}`,
        assetKey: { path: definition.node.key },
        tags: Object.entries(definition.node.tags).map(([key, value]) => ({ key, value })),
        dependencyKeys: definition.node.dependencyKeys.map((path) => ({ path })),
      })),
      graph: buildAssetGraph(definitions.list.map((d) => ({ ...d.node, codeLocationName: d.codeLocationName }))),
    };
    definitionsViews.set(definitions, found);
  }
  return found;
}

// The index of the current definitions and status rows. Status-derived fields are pure functions of both, so while
// neither changes (no new snapshot, no status row written), every request reads the same index and what it computed.
const indexes = new WeakMap<AssetDefinitions, { statuses: Map<string, AssetStatusRecord>; index: AssetNodeIndex }>();

/** Every loaded asset with its status now: the definitions from the process's cache, the status rows when changed. */
export async function loadAssetNodeIndex(db: PrismaClient): Promise<AssetNodeIndex> {
  const [definitions, statuses] = await Promise.all([loadAssetDefinitions(db), readAssetStatuses(db)]);
  const cached = indexes.get(definitions);
  if (cached?.statuses === statuses) return cached.index;
  const { views, graph } = definitionsView(definitions);
  const byKey = new Map<string, AssetNodeView>();
  const versions = new Map<string, string | null>();
  const currentVersion = (key: string) => {
    let version = versions.get(key);
    if (version === undefined) {
      version = upstreamVersion(byKey.get(key)?.status ?? undefined);
      versions.set(key, version);
    }
    return version;
  };
  const shared: IndexState = { byKey, currentVersion };
  const records: AssetNodeView[] = [];
  for (const view of views) {
    const record = new AssetNodeView(view, statuses.get(view.definition.key) ?? null, shared);
    records.push(record);
    byKey.set(record.key, record);
  }
  const index = { records, byKey, graph };
  indexes.set(definitions, { statuses, index });
  return index;
}
