"use client";
// Toggle chips, one per asset group, narrowing the catalog to the chosen groups.
import { memo } from "react";
import { chipClass } from "../ui/chip";
import { cx } from "../ui/cx";

export const GroupFilterChips = memo(function GroupFilterChips({
  groups,
  selected,
  onToggle,
  onClear,
}: {
  groups: ReadonlyArray<{ name: string; count: number }>;
  selected: ReadonlySet<string>;
  onToggle: (name: string) => void;
  onClear: () => void;
}) {
  return (
    // At most three rows of chips, the rest a scroll away: a thousand groups would otherwise push the table off the page.
    <div
      role="group"
      aria-label="Filter by group"
      className="flex max-h-[6.25rem] flex-wrap items-center gap-1.5 overflow-y-auto"
    >
      <button
        type="button"
        aria-pressed={selected.size === 0}
        onClick={onClear}
        className={chipClass(selected.size === 0)}
      >
        All groups
      </button>
      {groups.map((group) => {
        const active = selected.has(group.name);
        return (
          <button
            key={group.name}
            type="button"
            aria-pressed={active}
            onClick={() => onToggle(group.name)}
            className={chipClass(active)}
          >
            {group.name}
            <span className={cx("tabular-nums", active ? "text-accent-600" : "text-neutral-500")}>{group.count}</span>
          </button>
        );
      })}
    </div>
  );
});
