// Per-request context: the store client and memoized read models, so one request reads each once.
import type { Principal } from "../lib/core/auth/principal";
import type { ConsoleSettings } from "../lib/core/consoleSettings";
import type { Database } from "../lib/store/database";
import { principalOfRequest } from "../lib/auth/requestPrincipal";
import { loadAssetNodeIndex, type AssetNodeIndex } from "./assetNodeView";

export type { AssetNodeIndex } from "./assetNodeView";

export interface GraphQLContext {
  db: Database;
  settings: ConsoleSettings;
  /** The caller, read once per request from its session cookie or bearer token. */
  principal(): Promise<Principal>;
  assetNodeIndex(): Promise<AssetNodeIndex>;
  /**
   * The index once this request has loaded it, else null: resolvers under `assetNodes` read it without awaiting,
   * so 10,000 nodes resolve synchronously instead of as 10,000 promises.
   */
  loadedAssetNodeIndex(): AssetNodeIndex | null;
}

export function createContext(db: Database, request: Request, settings: ConsoleSettings): GraphQLContext {
  let index: Promise<AssetNodeIndex> | undefined;
  let loaded: AssetNodeIndex | null = null;
  let principal: Promise<Principal> | undefined;
  return {
    db,
    settings,
    principal() {
      principal ??= principalOfRequest(db, request, settings);
      return principal;
    },
    assetNodeIndex() {
      index ??= loadAssetNodeIndex(db).then((value) => (loaded = value));
      return index;
    },
    loadedAssetNodeIndex: () => loaded,
  };
}

/** `read(index)` now when the request's index is loaded, else once it is: a plain value on the hot path. */
export function withAssetNodeIndex<T>(ctx: GraphQLContext, read: (index: AssetNodeIndex) => T): T | Promise<T> {
  const loaded = ctx.loadedAssetNodeIndex();
  return loaded ? read(loaded) : ctx.assetNodeIndex().then(read);
}
