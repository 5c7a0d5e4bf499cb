// One run per partition, or one run for each contiguous range (only when every partitioned asset accepts a range).
import type { BackfillStrategy } from "../../graphql/client/generated/graphql";
import { cx } from "../ui/cx";

export function BackfillStrategyPicker({
  value,
  onChange,
  rangeAllowed,
  blockers,
}: {
  value: BackfillStrategy;
  onChange: (value: BackfillStrategy) => void;
  rangeAllowed: boolean;
  /** Partitioned assets that do not accept a range, named in the explanation. */
  blockers: readonly string[];
}) {
  const options: Array<{ value: BackfillStrategy; label: string; hint: string; disabled: boolean }> = [
    {
      value: "ONE_RUN_PER_PARTITION",
      label: "One run per partition",
      hint: "Each partition is its own run: retried, canceled and inspected on its own.",
      disabled: false,
    },
    {
      value: "SINGLE_RUN",
      label: "One run for the whole range",
      hint: rangeAllowed
        ? "Each contiguous range of partitions is materialized by one run."
        : blockers.length > 0
          ? `Needs backfillPolicy "single_run" on every partitioned asset; ${blockers.slice(0, 3).join(", ")}${blockers.length > 3 ? ` and ${blockers.length - 3} more` : ""} ${blockers.length === 1 ? "does" : "do"} not accept a range.`
          : "Only for partitioned assets.",
      disabled: !rangeAllowed,
    },
  ];
  return (
    <div role="radiogroup" aria-label="Runs" className="grid gap-2 sm:grid-cols-2">
      {options.map((option) => {
        const checked = value === option.value;
        return (
          <label
            key={option.value}
            className={cx(
              "flex cursor-pointer gap-2.5 rounded-md border px-3 py-2.5 transition-colors",
              checked
                ? "border-accent-400 bg-accent-50/60 ring-1 ring-accent-200"
                : "border-neutral-200 hover:border-neutral-300",
              option.disabled && "cursor-not-allowed opacity-60 hover:border-neutral-200",
            )}
          >
            <input
              type="radio"
              name="backfill-strategy"
              value={option.value}
              checked={checked}
              disabled={option.disabled}
              onChange={() => onChange(option.value)}
              className="mt-0.5 size-4 accent-accent-600"
            />
            <span className="min-w-0">
              <span className="block text-[13px] font-medium text-neutral-900">{option.label}</span>
              <span className="mt-0.5 block text-xs leading-4 text-neutral-500">{option.hint}</span>
            </span>
          </label>
        );
      })}
    </div>
  );
}
