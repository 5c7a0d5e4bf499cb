// An IO manager that keeps values in a Map: the default for in-process runs and tests; nothing survives the process.
import { type IOManager, type IOManagerContext, OutputNotFoundError } from "./ioManager";

export interface InMemoryIOManager extends IOManager {
  /** The stored values, keyed "<asset/key>" or "<asset/key>[<partition>]"; for tests to inspect. */
  readonly values: ReadonlyMap<string, unknown>;
}

/**
 * Values live only as long as this object: reuse one across materialize() calls to chain runs in a test.
 * @example const io = inMemoryIOManager(); await materialize([a], { ioManager: io }); await materialize([a, b], { selection: ["b"], ioManager: io });
 */
export function inMemoryIOManager(): InMemoryIOManager {
  const values = new Map<string, unknown>();
  const slot = ({ assetKey, partitionKey }: IOManagerContext) =>
    partitionKey === null ? assetKey.join("/") : `${assetKey.join("/")}[${partitionKey}]`;
  return {
    values,
    handleOutput: (context, value) => {
      values.set(slot(context), value);
    },
    loadInput: (context) => {
      const key = slot(context);
      if (!values.has(key)) throw new OutputNotFoundError(context.assetKey, context.partitionKey, "memory");
      return values.get(key);
    },
  };
}
