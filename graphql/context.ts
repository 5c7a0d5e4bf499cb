// Per-request context: the store client and memoized read models, so one request reads each once.
import type { AssetGraph } from "../lib/core/assetGraph";
import { buildAssetGraph } from "../lib/core/assetGraph";
import { listAssetNodes, type AssetNodeRecord } from "../lib/store/assetNodes";
import type { PrismaClient } from "../lib/store/prisma";

export interface AssetNodeIndex {
  records: AssetNodeRecord[];
  byKey: Map<string, AssetNodeRecord>;
  graph: AssetGraph;
}

export interface GraphQLContext {
  db: PrismaClient;
  assetNodeIndex(): Promise<AssetNodeIndex>;
}

export function createContext(db: PrismaClient): GraphQLContext {
  let index: Promise<AssetNodeIndex> | undefined;
  return {
    db,
    assetNodeIndex() {
      index ??= listAssetNodes(db).then((records) => {
        const byKey = new Map(records.map((r) => [r.node.key.join("/"), r]));
        return { records, byKey, graph: buildAssetGraph(records.map((r) => ({ ...r.node, codeLocationName: r.codeLocationName }))) };
      });
      return index;
    },
  };
}
