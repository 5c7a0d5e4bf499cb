// What an asset's compute function receives besides its inputs; the executor builds it and may extend it.
import type { MetadataInput } from "./metadata";

/** Log lines written here are stored with the run's event log, unlike console output which goes to the compute log. */
export interface AssetLogger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
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
  /** The partition being materialized, or null for unpartitioned assets. */
  partitionKey: string | null;
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
