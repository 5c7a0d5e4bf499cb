// What an asset's compute function receives besides its inputs; the executor builds it and may extend it.
import type { MetadataInput } from "./metadata";
import type { PartitionKeyRange } from "./partitions";

/**
 * Log lines written here are stored with the run's event log, unlike console output which goes to the compute log.
 * A call queues the line and returns at once; awaiting what it returns is optional, and waits only while many lines
 * are still to be written, so a step logging in a long loop keeps pace with the store.
 * @example for (const row of rows) await ctx.log.info(`loaded ${row.id}`);
 */
export interface AssetLogger {
  debug(message: string): void | Promise<void>;
  info(message: string): void | Promise<void>;
  warn(message: string): void | Promise<void>;
  error(message: string): void | Promise<void>;
}

/**
 * @typeParam TConfig - ctx.config: the asset's config schema output, defaults applied (unknown without a schema).
 * @typeParam TResources - ctx.resources: the resources the asset declared, by name.
 */
export interface AssetExecutionContext<TConfig = unknown, TResources = Readonly<Record<string, unknown>>> {
  /** The run this step belongs to. */
  runId: string;
  /** The key of the asset being materialized (or observed), as a path. */
  assetKey: string[];
  /**
   * The partition being materialized: null for unpartitioned assets, and for runs over a range of partitions
   * (see partitionKeys and partitionKeyRange).
   * @example const day = ctx.partitionKey;   // "2026-01-05"
   */
  partitionKey: string | null;
  /**
   * Every partition this step materializes, in key order: [] for unpartitioned assets, [partitionKey], or each key of
   * the range. A range run's compute returns one value per key: `Object.fromEntries(ctx.partitionKeys.map((k) => [k, …]))`.
   */
  partitionKeys: string[];
  /** First and last partition keys of this step (both the key for a single partition); null when unpartitioned. */
  partitionKeyRange: PartitionKeyRange | null;
  /**
   * For time-window partitions (or a time dimension of multi partitions): the instants the partitions cover, the
   * first start to the last end (exclusive); null otherwise.
   * @example const rows = await db.query("… WHERE at >= $1 AND at < $2", [ctx.partitionTimeWindow.start, ctx.partitionTimeWindow.end]);
   */
  partitionTimeWindow: { start: Date; end: Date } | null;
  /**
   * For multi partitions, the key of each dimension by name, e.g. { date: "2026-01-05", region: "emea" }; null otherwise
   * (and for ranges).
   */
  partitionDimensionKeys: Record<string, string> | null;
  /** Run configuration for this asset, as entered in the launchpad and validated against its config schema. */
  config: TConfig;
  log: AssetLogger;
  /** Aborted when the run is canceled; pass it to fetch() and other cancellable work. */
  signal: AbortSignal;
  /** The resources the asset declared in `resources`, set up once per run. */
  resources: TResources;
  /** 1 for the first try, 2 for the first retry, and so on. */
  attempt: number;
  /**
   * Adds entries to this materialization's metadata (shown in the catalog and charted over time for numbers).
   * @example ctx.addOutputMetadata({ row_count: rows.length, preview: meta.tablePreview(rows.slice(0, 5)) })
   */
  addOutputMetadata(metadata: Readonly<Record<string, MetadataInput>>): void;
}
