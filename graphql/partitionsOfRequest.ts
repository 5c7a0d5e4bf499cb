// Per-request memo of partition key spaces and statuses: each partitioned asset's space comes from the request's
// workspace (one clock per request), and the statuses asked for in one pass of the executor come from one query (a
// DataLoader's batching): every partitioned asset's for a list, only its own for one asset's Partitions tab.
import "server-only";
import type { PartitionKeySpace } from "../lib/core/partitions/types";
import type { AssetNodeRecord } from "../lib/orchestration/workspace/assetNodes";
import {
  type PartitionStatus,
  partitionStatusInSpace,
  readStoredPartitionStatuses,
} from "../lib/store/partitionStatus";
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
  const byAsset = new Map<string, AssetPartitionsOfRequest | Promise<AssetPartitionsOfRequest>>();
  let waiting: Waiting[] = [];

  // Runs once the executor has asked for every field it can reach without waiting.
  const load = async (batch: Waiting[]) => {
    const records = batch.map((w) => w.record);
    const [workspace, stored] = await Promise.all([
      ctx.workspace(),
      readStoredPartitionStatuses(
        ctx.db,
        records.map((r) => r.key),
      ),
    ]);
    for (const { record, resolve } of batch) {
      const space = workspace.keySpace(record.node.partitionsDefinition!);
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
