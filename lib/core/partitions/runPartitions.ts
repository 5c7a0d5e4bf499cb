// The partitions one run materializes, as one typed value from the edge (API, CLI, SDK, schedules, sensors, backfills)
// to the asset's context: one key, or an inclusive range of keys. Its one text form is "KEY" or "FIRST...LAST", and the
// rules a launch and the engine both check live here, worded once.
import { partitionKeyProblem } from "./keyProblem";
import { type IndexRange, PARTITION_RANGE_SEPARATOR, type PartitionKeySpace } from "./types";

/** One partition, or the inclusive range from `start` to `end` in the key order of each asset's partitions. */
export type RunPartitionSelection = { kind: "key"; key: string } | { kind: "range"; start: string; end: string };

export function partitionKeySelection(key: string): RunPartitionSelection {
  return { kind: "key", key };
}

export function partitionRangeSelection(start: string, end: string): RunPartitionSelection {
  return { kind: "range", start, end };
}

/** "2026-01-05", or "2026-01-01...2026-01-07" for a range: one item of the partition selection syntax. */
export function formatRunPartitions(selection: RunPartitionSelection): string {
  return selection.kind === "key" ? selection.key : `${selection.start}${PARTITION_RANGE_SEPARATOR}${selection.end}`;
}

export type RunPartitionsParse = { ok: true; selection: RunPartitionSelection } | { ok: false; message: string };

/**
 * The inverse of formatRunPartitions, for text typed at an edge (the CLI): without the separator the text is one key,
 * with it a range FIRST...LAST. Only the form is checked here; whether the keys exist is a rule of the launch.
 */
export function parseRunPartitions(text: string): RunPartitionsParse {
  const trimmed = text.trim();
  const parts = trimmed.split(PARTITION_RANGE_SEPARATOR).map((part) => part.trim());
  const form = `a range is FIRST${PARTITION_RANGE_SEPARATOR}LAST`;
  if (parts.length > 2)
    return { ok: false, message: `"${trimmed}" has more than one "${PARTITION_RANGE_SEPARATOR}"; ${form}.` };
  const [first = "", last] = parts;
  if (last === undefined)
    return first.length > 0
      ? { ok: true, selection: partitionKeySelection(first) }
      : { ok: false, message: "A partition key cannot be empty." };
  if (first.length === 0 || last.length === 0)
    return { ok: false, message: `"${trimmed}" is missing its ${first.length === 0 ? "first" : "last"} key; ${form}.` };
  return { ok: true, selection: partitionRangeSelection(first, last) };
}

/**
 * The selection of an edge that takes a key and a range as two fields (the SDK's materialize options): at most one of
 * them, since a run has one key or one range.
 */
export function runPartitionsOfFields(
  partitionKey: string | null | undefined,
  partitionRange: { start: string; end: string } | null | undefined,
): { ok: true; selection: RunPartitionSelection | null } | { ok: false; message: string } {
  if (partitionKey != null && partitionRange != null) {
    const range = formatRunPartitions(partitionRangeSelection(partitionRange.start, partitionRange.end));
    return {
      ok: false,
      message: `A run takes a partition key or a partition range, not both (got "${partitionKey}" and "${range}").`,
    };
  }
  if (partitionKey != null) return { ok: true, selection: partitionKeySelection(partitionKey) };
  if (partitionRange != null)
    return { ok: true, selection: partitionRangeSelection(partitionRange.start, partitionRange.end) };
  return { ok: true, selection: null };
}

/** An asset of a run, as the partition rules see it. */
export interface RunPartitionsAsset {
  /** The asset key string, for messages: "analytics/daily_events". */
  assetKey: string;
  /** Its partitions now; null when it is not partitioned. */
  space: PartitionKeySpace | null;
  /** Whether one run may materialize a range of its partitions (backfill policy single_run). */
  acceptsRange: boolean;
}

export interface RunPartitionsRuleOptions {
  /**
   * Refuse a selection when no asset of the run is partitioned (a launch does, so a mistyped selection is not dropped
   * silently); a re-execution of a partitioned run's unpartitioned steps, and the engine, let it pass.
   */
  refuseWhenUnpartitioned: boolean;
}

/** Per partitioned asset, the positions the run materializes in its space; unpartitioned assets are absent. */
export type RunPartitionsCheck = { ok: true; ranges: Map<string, IndexRange> } | { ok: false; errors: string[] };

const quoted = (items: readonly string[]) => items.map((item) => `"${item}"`).join(", ");

/**
 * The partition rules of a run, checked by the launch and again by the engine before any step starts: every
 * partitioned asset needs the selection, has the key (or both ends of the range, in order), and accepts a range only
 * with backfill policy single_run. Unpartitioned assets run unpartitioned either way. Errors name the asset and key.
 */
export function checkRunPartitions(
  assets: readonly RunPartitionsAsset[],
  selection: RunPartitionSelection | null,
  options: RunPartitionsRuleOptions,
): RunPartitionsCheck {
  const partitioned = assets.filter(
    (asset): asset is RunPartitionsAsset & { space: PartitionKeySpace } => asset.space !== null,
  );
  if (partitioned.length === 0) {
    if (selection && options.refuseWhenUnpartitioned) {
      const asked =
        selection.kind === "key"
          ? `partition "${selection.key}"`
          : `partition range "${formatRunPartitions(selection)}"`;
      return {
        ok: false,
        errors: [
          `None of the selected assets is partitioned, so the ${asked} does not apply; launch without a partition.`,
        ],
      };
    }
    return { ok: true, ranges: new Map() };
  }
  if (!selection) {
    const names = partitioned.map((asset) => asset.assetKey);
    const subject = names.length === 1 ? `Asset ${quoted(names)} is` : `Assets ${quoted(names)} are`;
    return { ok: false, errors: [`${subject} partitioned; choose a partition (or launch a backfill).`] };
  }
  const errors: string[] = [];
  const ranges = new Map<string, IndexRange>();
  for (const asset of partitioned) {
    const checked = selection.kind === "key" ? keyPosition(asset, selection.key) : rangePositions(asset, selection);
    if (checked.ok) ranges.set(asset.assetKey, checked.range);
    else errors.push(checked.error);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, ranges };
}

type Positions = { ok: true; range: IndexRange } | { ok: false; error: string };

function keyPosition(asset: RunPartitionsAsset & { space: PartitionKeySpace }, key: string): Positions {
  const index = asset.space.indexOf(key);
  if (index >= 0) return { ok: true, range: [index, index] };
  // The problem may open with the key and a colon; said once is enough.
  return {
    ok: false,
    error: `Asset "${asset.assetKey}" cannot run for partition "${key}": ${withoutPrefix(keyProblem(asset.space, key), `"${key}": `)}`,
  };
}

function rangePositions(
  asset: RunPartitionsAsset & { space: PartitionKeySpace },
  range: { start: string; end: string },
): Positions {
  const label = `Asset "${asset.assetKey}"`;
  const text = formatRunPartitions(partitionRangeSelection(range.start, range.end));
  if (!asset.acceptsRange) {
    return {
      ok: false,
      error: `${label} materializes one partition per run, so it cannot run for the range "${text}"; run each partition (a backfill does), or give it backfillPolicy: "single_run".`,
    };
  }
  const first = asset.space.indexOf(range.start);
  const last = asset.space.indexOf(range.end);
  for (const [end, key, index] of [
    ["start", range.start, first],
    ["end", range.end, last],
  ] as const) {
    if (index < 0)
      return {
        ok: false,
        error: `${label} cannot run for the range "${text}": its ${end} ${keyProblem(asset.space, key)}`,
      };
  }
  if (last < first)
    return {
      ok: false,
      error: `${label}: the partition range "${text}" ends before it starts; write the earlier key first.`,
    };
  return { ok: true, range: [first, last] };
}

/** A sentence that starts with the quoted key and says why it is not a partition of the space. */
function keyProblem(space: PartitionKeySpace, key: string): string {
  return partitionKeyProblem(space, key) ?? `"${key}" is not a partition.`;
}

function withoutPrefix(text: string, prefix: string): string {
  return text.startsWith(prefix) ? text.slice(prefix.length) : text;
}
