// withMetadata(): lets compute return its value together with metadata for the materialization event.
import type { MetadataInput } from "./metadata";

const outputBrand = Symbol.for("strata.outputWithMetadata");

/** A value returned from compute with metadata attached; downstream assets receive only `value`. */
export interface OutputWithMetadata<TValue> {
  readonly value: TValue;
  readonly metadata: Readonly<Record<string, MetadataInput>>;
  readonly [outputBrand]: true;
}

/** What downstream `ins` see for a compute that returns `TReturn`: withMetadata wrappers are unwrapped. */
export type OutputValue<TReturn> = TReturn extends OutputWithMetadata<infer TValue> ? TValue : TReturn;

/**
 * Returns `value` as the asset's output and records `metadata` on its materialization.
 * @example compute: () => { const rows = load(); return withMetadata(rows, { row_count: rows.length }); }
 */
export function withMetadata<TValue>(
  value: TValue,
  metadata: Readonly<Record<string, MetadataInput>>,
): OutputWithMetadata<TValue> {
  return Object.freeze({ value, metadata, [outputBrand]: true as const });
}

export function isOutputWithMetadata(value: unknown): value is OutputWithMetadata<unknown> {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[outputBrand] === true;
}
