// Per-request memo of partition key spaces and statuses: each partitioned asset's space is built once per request,
// and the statuses asked for in one pass of the executor come from one query (a DataLoader's batching): every
// partitioned asset's for a list, only its own for one asset's Partitions tab.
import { partitionKeySpace } from "../lib/core/partitions";
import type { PartitionKeySpace } from "../lib/core/partitions/types";
import type { AssetNodeRecord } from "../lib/store/assetNodes";
import { dynamicPartitionsNames, keySpaceContext } from "../lib/store/partitionKeySpaces";
import { partitionStatusInSpace, readStoredPartitionStatuses, type PartitionStatus } from "../lib/store/partitionStatus";
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

interface Waiting {
  record: AssetNodeRecord;
  resolve(value: AssetPartitionsOfRequest): void;
  reject(error: unknown): void;
}

export function partitionsOfRequest(ctx: GraphQLContext): PartitionsOfRequest {
  const existing = byRequest.get(ctx);
  if (existing) return existing;
  const now = new Date();
  const byAsset = new Map<string, AssetPartitionsOfRequest | Promise<AssetPartitionsOfRequest>>();
  let waiting: Waiting[] = [];

  // Runs once the executor has asked for every field it can reach without waiting.
  const load = async (batch: Waiting[]) => {
    const records = batch.map((w) => w.record);
    const [context, stored] = await Promise.all([
      keySpaceContext(ctx.db, now, records.flatMap((r) => dynamicPartitionsNames(r.node.partitionsDefinition!))),
      readStoredPartitionStatuses(ctx.db, records.map((r) => r.key)),
    ]);
    for (const { record, resolve } of batch) {
      const space = partitionKeySpace(record.node.partitionsDefinition!, context);
      const found = { space, status: partitionStatusInSpace(stored.get(record.key), space) };
      byAsset.set(record.key, found);
      resolve(found);
    }
  };

  const partitions: PartitionsOfRequest = {
    partitionsOf(record) {
      if (!record.node.partitionsDefinition) return null;
      const found = byAsset.get(record.key);
      if (found) return found;
      const promise = new Promise<AssetPartitionsOfRequest>((resolve, reject) => {
        waiting.push({ record, resolve, reject });
        if (waiting.length > 1) return;
        queueMicrotask(() => {
          const batch = waiting;
          waiting = [];
          load(batch).catch((error: unknown) => batch.forEach((w) => w.reject(error)));
        });
      });
      byAsset.set(record.key, promise);
      return promise;
    },
  };
  byRequest.set(ctx, partitions);
  return partitions;
}
