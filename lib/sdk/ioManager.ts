// ioManager(): where asset values are stored after compute and loaded from for downstream assets.

/** What an IO manager is told about the value being stored or loaded. */
export interface IOManagerContext {
  /** The asset whose value is stored or loaded (for loadInput: the upstream asset). */
  assetKey: string[];
  partitionKey: string | null;
  /** The run storing the value, or loading it for a downstream step. */
  runId: string;
}

export interface IOManager {
  /** Stores the value compute returned. */
  handleOutput(context: IOManagerContext, value: unknown): void | Promise<void>;
  /** Returns a stored value; throws OutputNotFoundError when there is none, so the step's error can say so. */
  loadInput(context: IOManagerContext): unknown;
}

/** Thrown by loadInput when the asset (partition) was never stored. */
export class OutputNotFoundError extends Error {
  constructor(assetKey: readonly string[], partitionKey: string | null, where?: string) {
    const partition = partitionKey === null ? "" : ` for partition "${partitionKey}"`;
    super(`No stored value for asset "${assetKey.join("/")}"${partition}${where ? ` (looked in ${where})` : ""}.`);
    this.name = "OutputNotFoundError";
  }
}

/**
 * Declares an IO manager. Give it to defineDefinitions({ ioManagers: { name: … } }) and pick it per asset with
 * `ioManager: "name"`; the one named "default" is used by assets that do not pick one.
 * @example
 * export const s3Json = ioManager({
 *   handleOutput: ({ assetKey }, value) => putObject(`${assetKey.join("/")}.json`, JSON.stringify(value)),
 *   loadInput: ({ assetKey }) => getObject(`${assetKey.join("/")}.json`).then(JSON.parse),
 * });
 */
export function ioManager(implementation: IOManager): IOManager {
  if (!isIOManager(implementation))
    throw new TypeError("ioManager(): pass { handleOutput(context, value), loadInput(context) }, both functions.");
  return implementation;
}

export function isIOManager(value: unknown): value is IOManager {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Partial<Record<keyof IOManager, unknown>>;
  return typeof candidate.handleOutput === "function" && typeof candidate.loadInput === "function";
}
