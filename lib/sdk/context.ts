// What an asset's compute function receives besides its inputs; the executor builds it and may extend it.

/** Log lines written here are stored with the run's event log, unlike console output which goes to the compute log. */
export interface AssetLogger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface AssetExecutionContext {
  /** The run this step belongs to. */
  runId: string;
  /** The key of the asset being materialized (or observed), as a path. */
  assetKey: string[];
  /** The partition being materialized, or null for unpartitioned assets. */
  partitionKey: string | null;
  /** Run configuration for this asset, as entered in the launchpad. */
  config: unknown;
  log: AssetLogger;
  /** Aborted when the run is canceled; pass it to fetch() and other cancellable work. */
  signal: AbortSignal;
}
