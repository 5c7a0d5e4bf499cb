"use client";
// The partition a run materializes, when its assets are partitioned: typed or picked from the newest keys, and
// checked against the keys the asset has now.
import { useEffect, useId, useMemo } from "react";
import type { AssetKey } from "../assets/AssetKeyList";
import { clientKeySpace, explainSelectionProblem } from "../partitions/clientKeySpace";
import { useAssetPartitionSummaries, useAssetPartitions } from "../partitions/usePartitions";
import { cx } from "../ui/cx";
import { AlertIcon } from "../ui/icons";

const SUGGESTED_KEYS = 60;

export interface PartitionChoice {
  key: string;
  /** Why the key cannot be launched, or null. */
  problem: string | null;
}

export function LaunchpadPartitionPicker({
  assetKeys,
  description,
  value,
  onChange,
}: {
  assetKeys: readonly AssetKey[];
  description: string;
  value: PartitionChoice | null;
  onChange: (choice: PartitionChoice) => void;
}) {
  const id = useId();
  // Assets of one run share their partitions; the first partitioned one tells which keys exist.
  const summaries = useAssetPartitionSummaries();
  const partitioned = useMemo(() => {
    const wanted = new Set(assetKeys.map((k) => k.path.join("/")));
    return (
      summaries.data?.find((s) => s.partitionsDefinition !== null && wanted.has(s.assetKey.path.join("/")))?.assetKey
        .path ?? null
    );
  }, [assetKeys, summaries.data]);
  const partitions = useAssetPartitions(partitioned ?? []);
  const dimensions =
    partitions.data?.__typename === "AssetNode" ? (partitions.data.assetPartitions?.dimensions ?? null) : null;
  const space = useMemo(() => (dimensions ? clientKeySpace(dimensions) : null), [dimensions]);
  const newest = useMemo(
    () =>
      space
        ? Array.from({ length: Math.min(SUGGESTED_KEYS, space.size) }, (_, i) => space.keyAt(space.size - 1 - i))
        : [],
    [space],
  );

  const check = (key: string): string | null => {
    if (!space || !dimensions) return null;
    if (!key.trim()) return "Choose a partition: the assets are partitioned.";
    if (space.indexOf(key.trim()) >= 0) return null;
    return explainSelectionProblem(dimensions, `"${key.trim()}" is not one of the partitions`).replace(
      / is not one of the partitions$/,
      " is not a partition of these assets.",
    );
  };

  // Start from the newest partition, as Dagster's launchpad does, once the keys are known.
  useEffect(() => {
    if (value === null && newest[0] !== undefined) onChange({ key: newest[0], problem: null });
  }, [newest, onChange, value]);
  // Re-check a key chosen before the keys loaded (e.g. from a run being relaunched).
  useEffect(() => {
    if (value && space) {
      const problem = check(value.key);
      if (problem !== value.problem) onChange({ key: value.key, problem });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the keys arrive
  }, [space]);

  return (
    <div>
      <p className="mb-2 text-xs text-neutral-500">{description}</p>
      <input
        id={id}
        aria-label="Partition"
        list={`${id}-keys`}
        value={value?.key ?? ""}
        placeholder={partitions.isPending ? "Loading partitions…" : "Partition key"}
        onChange={(e) => onChange({ key: e.target.value, problem: check(e.target.value) })}
        aria-invalid={value?.problem ? true : undefined}
        spellCheck={false}
        autoComplete="off"
        className={cx(
          "h-9 w-full rounded-md border bg-white px-2.5 font-mono text-[13px] shadow-xs outline-none focus:ring-2",
          value?.problem
            ? "border-red-300 focus:ring-red-100"
            : "border-neutral-300 focus:border-accent-500 focus:ring-accent-100",
        )}
      />
      <datalist id={`${id}-keys`}>
        {newest.map((key) => (
          <option key={key} value={key} />
        ))}
      </datalist>
      {value?.problem && (
        <p role="alert" className="mt-1.5 flex items-start gap-1.5 text-xs text-red-700">
          <AlertIcon size={13} className="mt-px shrink-0" />
          {value.problem}
        </p>
      )}
    </div>
  );
}
