// Per-request memo of partition key spaces and statuses: each partitioned asset's space is built once per request,
// and every partitioned asset's status comes from one query, however many fields or assets ask.
import { partitionKeySpace } from "../lib/core/partitions";
import type { KeySpaceContext, PartitionKeySpace, PartitionsDefinitionSnapshot } from "../lib/core/partitions/types";
import type { AssetNodeRecord } from "../lib/store/assetNodes";
import { dynamicPartitionsNames, keySpaceContext } from "../lib/store/partitionKeySpaces";
import { partitionStatusInSpace, readStoredPartitionStatuses, type PartitionStatus, type StoredPartitionStatus } from "../lib/store/partitionStatus";
import type { GraphQLContext } from "./context";

export interface AssetPartitionsOfRequest {
  space: PartitionKeySpace;
  status: PartitionStatus;
}

export interface PartitionsOfRequest {
  /** The asset's key space and status now; null when it is not partitioned (answered without waiting). */
  partitionsOf(record: AssetNodeRecord): AssetPartitionsOfRequest | null | Promise<AssetPartitionsOfRequest | null>;
}

// Keyed by the request's context object, so nothing outlives the request.
const byRequest = new WeakMap<GraphQLContext, PartitionsOfRequest>();

interface Loaded {
  context: KeySpaceContext;
  stored: Map<string, StoredPartitionStatus>;
}

export function partitionsOfRequest(ctx: GraphQLContext): PartitionsOfRequest {
  const existing = byRequest.get(ctx);
  if (existing) return existing;
  const now = new Date();
  let loading: Promise<Loaded> | undefined;
  let loaded: Loaded | undefined;
  const load = () =>
    (loading ??= ctx.assetNodeIndex().then(async (index) => {
      const partitioned = index.records.filter((r) => r.node.partitionsDefinition);
      const [context, stored] = await Promise.all([
        keySpaceContext(ctx.db, now, partitioned.flatMap((r) => dynamicPartitionsNames(r.node.partitionsDefinition!))),
        readStoredPartitionStatuses(ctx.db, partitioned.map((r) => r.key)),
      ]);
      return (loaded = { context, stored });
    }));
  const byAsset = new Map<string, AssetPartitionsOfRequest>();
  const compute = (record: AssetNodeRecord, definition: PartitionsDefinitionSnapshot, { context, stored }: Loaded) => {
    let found = byAsset.get(record.key);
    if (!found) {
      const space = partitionKeySpace(definition, context);
      found = { space, status: partitionStatusInSpace(stored.get(record.key), space) };
      byAsset.set(record.key, found);
    }
    return found;
  };
  const partitions: PartitionsOfRequest = {
    partitionsOf(record) {
      const definition = record.node.partitionsDefinition;
      if (!definition) return null;
      return loaded ? compute(record, definition, loaded) : load().then((state) => compute(record, definition, state));
    },
  };
  byRequest.set(ctx, partitions);
  return partitions;
}
