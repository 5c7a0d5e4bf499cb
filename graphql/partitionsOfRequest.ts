// Per-request memo of partition key spaces and statuses: each partitioned asset's space is built once per request,
// and every partitioned asset's status comes from one query, however many fields or assets ask.
import { toAssetKeyString } from "../lib/core/assetKey";
import { partitionKeySpace } from "../lib/core/partitions";
import type { KeySpaceContext, PartitionKeySpace } from "../lib/core/partitions/types";
import type { AssetNodeRecord } from "../lib/store/assetNodes";
import { dynamicPartitionsNames, keySpaceContext } from "../lib/store/partitionKeySpaces";
import { partitionStatusInSpace, readStoredPartitionStatuses, type PartitionStatus, type StoredPartitionStatus } from "../lib/store/partitionStatus";
import type { GraphQLContext } from "./context";

export interface AssetPartitionsOfRequest {
  space: PartitionKeySpace;
  status: PartitionStatus;
}

export interface PartitionsOfRequest {
  /** The asset's key space and status now; null when it is not partitioned. */
  partitionsOf(record: AssetNodeRecord): Promise<AssetPartitionsOfRequest | null>;
}

// Keyed by the request's context object, so nothing outlives the request.
const byRequest = new WeakMap<GraphQLContext, PartitionsOfRequest>();

export function partitionsOfRequest(ctx: GraphQLContext): PartitionsOfRequest {
  const existing = byRequest.get(ctx);
  if (existing) return existing;
  const now = new Date();
  let loaded: Promise<{ context: KeySpaceContext; stored: Map<string, StoredPartitionStatus> }> | undefined;
  const load = () =>
    (loaded ??= ctx.assetNodeIndex().then(async (index) => {
      const partitioned = index.records.filter((r) => r.node.partitionsDefinition);
      const [context, stored] = await Promise.all([
        keySpaceContext(ctx.db, now, partitioned.flatMap((r) => dynamicPartitionsNames(r.node.partitionsDefinition!))),
        readStoredPartitionStatuses(ctx.db, partitioned.map((r) => toAssetKeyString(r.node.key))),
      ]);
      return { context, stored };
    }));
  const byAsset = new Map<string, Promise<AssetPartitionsOfRequest>>();
  const partitions: PartitionsOfRequest = {
    async partitionsOf(record) {
      const definition = record.node.partitionsDefinition;
      if (!definition) return null;
      const key = toAssetKeyString(record.node.key);
      let found = byAsset.get(key);
      if (!found) {
        found = load().then(({ context, stored }) => {
          const space = partitionKeySpace(definition, context);
          return { space, status: partitionStatusInSpace(stored.get(key), space) };
        });
        byAsset.set(key, found);
      }
      return found;
    },
  };
  byRequest.set(ctx, partitions);
  return partitions;
}
