// Per-request context: the database, the workspace and memoized read models, so one request reads each once.
import "server-only";
import { principalOfRequest } from "../lib/auth/requestPrincipal";
import type { Principal } from "../lib/core/auth/principal";
import type { ConsoleSettings } from "../lib/core/consoleSettings";
import { loadWorkspace, type Workspace } from "../lib/orchestration/workspace/workspace";
import type { Database } from "../lib/store/database";
import { type ExternalRunRecord, readAllExternalRunsInProgress } from "../lib/store/externalLineage";
import { type AssetNodeIndex, loadAssetNodeIndex } from "./assetNodeView";

export type { AssetNodeIndex } from "./assetNodeView";

export interface GraphQLContext {
  db: Database;
  settings: ConsoleSettings;
  /** The caller, read once per request from its session cookie or bearer token. */
  principal(): Promise<Principal>;
  /** The workspace as of this request: its definitions, graph and key spaces, at one clock for the whole request. */
  workspace(): Promise<Workspace>;
  assetNodeIndex(): Promise<AssetNodeIndex>;
  /**
   * The index once this request has loaded it, else null: resolvers under `assetNodes` read it without awaiting,
   * so 10,000 nodes resolve synchronously instead of as 10,000 promises.
   */
  loadedAssetNodeIndex(): AssetNodeIndex | null;
  /** External runs started and not ended, by the asset keys they write: read once per request. */
  externalRunsInProgress(): Promise<ReadonlyMap<string, readonly ExternalRunRecord[]>>;
}

/** In-progress external runs a request reads: the graph shows a few, never thousands. */
const MAX_EXTERNAL_RUNS_IN_PROGRESS = 1000;

async function externalRunsByOutput(db: Database): Promise<ReadonlyMap<string, readonly ExternalRunRecord[]>> {
  const byKey = new Map<string, ExternalRunRecord[]>();
  for (const run of await readAllExternalRunsInProgress(db, MAX_EXTERNAL_RUNS_IN_PROGRESS))
    for (const key of run.outputKeys) byKey.set(key, [...(byKey.get(key) ?? []), run]);
  return byKey;
}

const principalsByRequest = new WeakMap<Request, Promise<Principal>>();

/** The caller of `request`, read once for the request whoever asks first (the shared answers' key, the context). */
export function requestPrincipal(db: Database, request: Request, settings: ConsoleSettings): Promise<Principal> {
  let principal = principalsByRequest.get(request);
  if (!principal) {
    principal = principalOfRequest(db, request, settings);
    principalsByRequest.set(request, principal);
  }
  return principal;
}

export function createContext(db: Database, request: Request, settings: ConsoleSettings): GraphQLContext {
  let index: Promise<AssetNodeIndex> | undefined;
  let loaded: AssetNodeIndex | null = null;
  let principal: Promise<Principal> | undefined;
  let workspace: Promise<Workspace> | undefined;
  let externalRuns: Promise<ReadonlyMap<string, readonly ExternalRunRecord[]>> | undefined;
  const loadRequestWorkspace = () => (workspace ??= loadWorkspace(db));
  return {
    db,
    settings,
    principal() {
      principal ??= requestPrincipal(db, request, settings);
      return principal;
    },
    workspace: loadRequestWorkspace,
    assetNodeIndex() {
      index ??= loadAssetNodeIndex(db, loadRequestWorkspace()).then((value) => (loaded = value));
      return index;
    },
    loadedAssetNodeIndex: () => loaded,
    externalRunsInProgress() {
      externalRuns ??= externalRunsByOutput(db);
      return externalRuns;
    },
  };
}

/** `read(index)` now when the request's index is loaded, else once it is: a plain value on the hot path. */
export function withAssetNodeIndex<T>(ctx: GraphQLContext, read: (index: AssetNodeIndex) => T): T | Promise<T> {
  const loaded = ctx.loadedAssetNodeIndex();
  return loaded ? read(loaded) : ctx.assetNodeIndex().then(read);
}
