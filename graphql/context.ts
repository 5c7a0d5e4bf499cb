// Per-request context: the store client and memoized read models, so one request reads each once.
import type { PrismaClient } from "../lib/store/prisma";
import { loadAssetNodeIndex, type AssetNodeIndex } from "./assetNodeView";

export type { AssetNodeIndex } from "./assetNodeView";

export interface GraphQLContext {
  db: PrismaClient;
  assetNodeIndex(): Promise<AssetNodeIndex>;
  /**
   * The index once this request has loaded it, else null: resolvers under `assetNodes` read it without awaiting,
   * so 10,000 nodes resolve synchronously instead of as 10,000 promises.
   */
  loadedAssetNodeIndex(): AssetNodeIndex | null;
}

export function createContext(db: PrismaClient): GraphQLContext {
  let index: Promise<AssetNodeIndex> | undefined;
  let loaded: AssetNodeIndex | null = null;
  return {
    db,
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
