"use client";
// The partition a run materializes, when its assets are partitioned: typed, or picked from a list of the newest keys
// (narrowed by what is typed) showing each one's status; checked against the keys the asset has now. An ARIA 1.2
// combobox: arrows move through the list, Enter picks, Escape closes.
import { type KeyboardEvent, useEffect, useId, useMemo, useState } from "react";
import type { AssetKey } from "../assets/AssetKeyList";
import { clientDimensions, clientKeySpace, explainSelectionProblem } from "../partitions/clientKeySpace";
import {
  PartitionState,
  partitionStateFill,
  partitionStateLabel,
  partitionStates,
} from "../partitions/partitionStatus";
import { useAssetPartitionSummaries, useAssetPartitions } from "../partitions/usePartitions";
import { cx } from "../ui/cx";
import { AlertIcon } from "../ui/icons";
import { partitionOptions } from "./partitionOptions";

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
  // Assets of one run share their partitions; the first partitioned step tells which keys exist, and its statuses
  // are the ones shown (the run's first step is the first to write the partition).
  const summaries = useAssetPartitionSummaries();
  const partitioned = useMemo(() => {
    const withPartitions = new Set(
      (summaries.data ?? []).filter((s) => s.partitionsDefinition !== null).map((s) => s.assetKey.path.join("/")),
    );
    return assetKeys.find((k) => withPartitions.has(k.path.join("/")))?.path ?? null;
  }, [assetKeys, summaries.data]);
  const partitions = useAssetPartitions(partitioned ?? []);
  const sent =
    partitions.data?.__typename === "AssetNode" ? (partitions.data.assetPartitions?.dimensions ?? null) : null;
  const dimensions = useMemo(() => (sent ? clientDimensions(sent) : null), [sent]);
  const space = useMemo(() => (dimensions ? clientKeySpace(dimensions) : null), [dimensions]);
  const newest = space && space.size > 0 ? space.keyAt(space.size - 1) : undefined;

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
    if (value === null && newest !== undefined) onChange({ key: newest, problem: null });
  }, [newest, onChange, value]);
  // Re-check a key chosen before the keys loaded (e.g. from a run being relaunched).
  useEffect(() => {
    if (value && space) {
      const problem = check(value.key);
      if (problem !== value.problem) onChange({ key: value.key, problem });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the keys arrive
  }, [space]);

  const states = useMemo(() => {
    const data = partitions.data;
    return data?.__typename === "AssetNode" && data.assetPartitions ? partitionStates(data.assetPartitions) : null;
  }, [partitions.data]);
  const [open, setOpen] = useState(false);
  // What the list is narrowed by: the text typed since it opened (not a key chosen before, which would hide the rest).
  const [filter, setFilter] = useState("");
  const [active, setActive] = useState(-1);
  const { options, more } = useMemo(
    () => (space ? partitionOptions(space, states, filter, SUGGESTED_KEYS) : { options: [], more: false }),
    [space, states, filter],
  );
  const optionId = (i: number) => `${id}-option-${i}`;
  const chosenIndex = value && space ? space.indexOf(value.key.trim()) : -1;
  const chosenState = chosenIndex >= 0 && states ? (states[chosenIndex] as PartitionState) : null;

  useEffect(() => {
    if (open && active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: "nearest" });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- optionId is derived from the stable id
  }, [open, active]);

  const openList = () => {
    setFilter("");
    setActive(-1);
    setOpen(true);
  };
  const choose = (key: string) => {
    onChange({ key, problem: check(key) });
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) {
        openList();
        if (!event.altKey) setActive(0);
        return;
      }
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => Math.max(0, Math.min(options.length - 1, current + step)));
    } else if (event.key === "Enter" && open && active >= 0 && options[active]) {
      event.preventDefault();
      choose(options[active].key);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

  return (
    <div>
      <p className="mb-2 text-xs text-neutral-500">{description}</p>
      <div className="relative">
        <input
          id={id}
          role="combobox"
          aria-label="Partition"
          aria-expanded={open}
          aria-controls={`${id}-listbox`}
          aria-autocomplete="list"
          aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
          value={value?.key ?? ""}
          placeholder={partitions.isPending ? "Loading partitions…" : "Partition key"}
          onChange={(e) => {
            onChange({ key: e.target.value, problem: check(e.target.value) });
            setFilter(e.target.value);
            setActive(-1);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onClick={() => (open ? setOpen(false) : openList())}
          onBlur={() => setOpen(false)}
          aria-invalid={value?.problem ? true : undefined}
          spellCheck={false}
          autoComplete="off"
          className={cx(
            "h-9 w-full rounded-md border bg-white pr-8 pl-2.5 font-mono text-[13px] shadow-xs outline-none focus:ring-2",
            value?.problem
              ? "border-red-300 focus:ring-red-100"
              : "border-neutral-300 focus:border-accent-500 focus:ring-accent-100",
          )}
        />
        {chosenState !== null && (
          <span
            aria-hidden="true"
            title={partitionStateLabel[chosenState]}
            className={cx(
              "pointer-events-none absolute top-1/2 right-3 size-2.5 -translate-y-1/2 rounded-full",
              partitionStateFill[chosenState],
            )}
          />
        )}
        {open && (
          <div className="absolute inset-x-0 top-full z-20 mt-1 overflow-hidden rounded-md border border-neutral-200 bg-white shadow-lg">
            <ul id={`${id}-listbox`} role="listbox" aria-label="Partitions" className="max-h-64 overflow-auto py-1">
              {options.map((option, i) => (
                <li
                  key={option.key}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  aria-label={`${option.key} ${partitionStateLabel[option.state]}`}
                  // Keep focus in the input, so typing goes on narrowing the list.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => choose(option.key)}
                  onMouseMove={() => setActive(i)}
                  className={cx(
                    "flex cursor-pointer items-center gap-2 px-2.5 py-1 text-[13px]",
                    i === active ? "bg-accent-50 text-accent-900" : "text-neutral-800",
                  )}
                >
                  <span
                    aria-hidden="true"
                    className={cx("size-2 shrink-0 rounded-full", partitionStateFill[option.state])}
                  />
                  <span className="font-mono">{option.key}</span>
                  <span className="ml-auto text-[11px] text-neutral-600">{partitionStateLabel[option.state]}</span>
                </li>
              ))}
            </ul>
            {(options.length === 0 || more) && (
              <p className="border-t border-neutral-100 px-2.5 py-1.5 text-[11px] text-neutral-600">
                {options.length === 0
                  ? space
                    ? `No partition contains “${filter.trim()}”.`
                    : "Loading partitions…"
                  : `The newest ${SUGGESTED_KEYS} matches: type to narrow them down.`}
              </p>
            )}
          </div>
        )}
      </div>
      {chosenState !== null && !value?.problem && (
        <p className="mt-1.5 text-xs text-neutral-600">
          {partitionStateLabel[chosenState]}
          {chosenState === PartitionState.MATERIALIZED && ": launching materializes it again."}
          {chosenState === PartitionState.IN_PROGRESS && ": a run is materializing it now."}
        </p>
      )}
      {value?.problem && (
        <p role="alert" className="mt-1.5 flex items-start gap-1.5 text-xs text-red-700">
          <AlertIcon size={13} className="mt-px shrink-0" />
          {value.problem}
        </p>
      )}
    </div>
  );
}
