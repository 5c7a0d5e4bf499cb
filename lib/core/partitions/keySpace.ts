// Every partition key of a definition at one moment, with positions: time windows, static and dynamic lists, and
// two-dimensional (multi) spaces in row-major order.
import { timeWindowKeySpace } from "./timeWindowSpace";
import {
  type DynamicPartitionsSnapshot,
  type KeySpaceContext,
  MULTI_PARTITION_KEY_SEPARATOR,
  type MultiPartitionsSnapshot,
  type PartitionDimensionSpace,
  type PartitionKeySpace,
  type PartitionsDefinitionSnapshot,
  type StaticPartitionsSnapshot,
} from "./types";

export { describePartitionsDefinition } from "./describe";
export { invalidPartitionKeyReason, multiPartitionKeyParts, partitionKeyProblem } from "./keyProblem";

/**
 * The key space of a definition at `context.now`. Time windows: only windows that have ended, memoised per definition
 * and window. Static and multi spaces are memoised per definition object, dynamic ones per list of keys, so repeated
 * calls with the same inputs return the same space.
 */
export function partitionKeySpace(
  definition: PartitionsDefinitionSnapshot,
  context: KeySpaceContext,
): PartitionKeySpace {
  switch (definition.type) {
    case "time_window":
      return timeWindowKeySpace(definition, context.now);
    case "static":
      return staticKeySpace(definition);
    case "dynamic":
      return dynamicKeySpace(definition, context.dynamicKeys(definition.name));
    case "multi":
      return multiKeySpace(definition, context);
    default:
      throw new Error(`Unknown partitions definition type "${(definition as { type: unknown }).type as string}".`);
  }
}

/** Keys listed in order; positions found through a map built on first use. */
export class ListKeySpace implements PartitionKeySpace {
  readonly dimensions = null;
  private positions: Map<string, number> | null = null;

  constructor(
    readonly definition: StaticPartitionsSnapshot | DynamicPartitionsSnapshot,
    private readonly list: readonly string[],
  ) {}

  get size(): number {
    return this.list.length;
  }

  keyAt(index: number): string {
    const key = this.list[index];
    if (key === undefined) throw new RangeError(`Partition index ${index} is outside 0-${this.list.length - 1}.`);
    return key;
  }

  indexOf(key: string): number {
    if (!this.positions) {
      this.positions = new Map();
      // The first occurrence wins, so a duplicated key keeps its first position.
      this.list.forEach((listed, i) => {
        if (!this.positions?.has(listed)) this.positions?.set(listed, i);
      });
    }
    return this.positions.get(key) ?? -1;
  }

  keys(): readonly string[] {
    return this.list;
  }
}

const staticSpaces = new WeakMap<StaticPartitionsSnapshot, ListKeySpace>();

function staticKeySpace(definition: StaticPartitionsSnapshot): ListKeySpace {
  let space = staticSpaces.get(definition);
  if (!space) {
    space = new ListKeySpace(definition, definition.keys);
    staticSpaces.set(definition, space);
  }
  return space;
}

// Keyed by the list the store hands out, which it replaces when keys are added or deleted.
const dynamicSpaces = new WeakMap<readonly string[], ListKeySpace>();

function dynamicKeySpace(definition: DynamicPartitionsSnapshot, keys: readonly string[]): ListKeySpace {
  const cached = dynamicSpaces.get(keys);
  if (cached && cached.definition.type === "dynamic" && cached.definition.name === definition.name) return cached;
  const space = new ListKeySpace(definition, keys);
  dynamicSpaces.set(keys, space);
  return space;
}

/** Row-major over two dimensions: index = row × columns + column, key "row|column". */
export class MultiKeySpace implements PartitionKeySpace {
  private keyList: readonly string[] | null = null;

  constructor(
    readonly definition: MultiPartitionsSnapshot,
    readonly dimensions: readonly [PartitionDimensionSpace, PartitionDimensionSpace],
  ) {}

  get size(): number {
    return this.dimensions[0].space.size * this.dimensions[1].space.size;
  }

  keyAt(index: number): string {
    if (!Number.isInteger(index) || index < 0 || index >= this.size)
      throw new RangeError(`Partition index ${index} is outside 0-${this.size - 1}.`);
    const [rows, columns] = this.dimensions;
    const width = columns.space.size;
    return `${rows.space.keyAt(Math.floor(index / width))}${MULTI_PARTITION_KEY_SEPARATOR}${columns.space.keyAt(index % width)}`;
  }

  indexOf(key: string): number {
    const separator = key.indexOf(MULTI_PARTITION_KEY_SEPARATOR);
    if (separator < 0 || key.indexOf(MULTI_PARTITION_KEY_SEPARATOR, separator + 1) >= 0) return -1;
    const [rows, columns] = this.dimensions;
    const row = rows.space.indexOf(key.slice(0, separator));
    const column = columns.space.indexOf(key.slice(separator + 1));
    return row < 0 || column < 0 ? -1 : row * columns.space.size + column;
  }

  keys(): readonly string[] {
    // Built on first use only: a 2-D space is mostly read by position, and its full list can be large.
    if (!this.keyList) {
      const [rows, columns] = this.dimensions;
      const rowKeys = rows.space.keys();
      const columnKeys = columns.space.keys();
      const list: string[] = [];
      for (const row of rowKeys)
        for (const column of columnKeys) list.push(`${row}${MULTI_PARTITION_KEY_SEPARATOR}${column}`);
      this.keyList = list;
    }
    return this.keyList;
  }
}

const multiSpaces = new WeakMap<PartitionKeySpace, WeakMap<PartitionKeySpace, MultiKeySpace>>();

function multiKeySpace(definition: MultiPartitionsSnapshot, context: KeySpaceContext): MultiKeySpace {
  const [first, second] = definition.dimensions;
  for (const dimension of definition.dimensions) {
    if (dimension.definition.type === ("multi" as string)) {
      throw new Error(`Dimension "${dimension.name}" of a multi-partitions definition is itself multi-partitioned.`);
    }
  }
  const rows = partitionKeySpace(first.definition, context);
  const columns = partitionKeySpace(second.definition, context);
  let byColumns = multiSpaces.get(rows);
  if (!byColumns) {
    byColumns = new WeakMap();
    multiSpaces.set(rows, byColumns);
  }
  const cached = byColumns.get(columns);
  if (cached && cached.dimensions[0].name === first.name && cached.dimensions[1].name === second.name) return cached;
  const space = new MultiKeySpace(definition, [
    { name: first.name, space: rows },
    { name: second.name, space: columns },
  ]);
  byColumns.set(columns, space);
  return space;
}
