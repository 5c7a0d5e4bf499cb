// A run's tags as `key=value` chips, optionally clickable to filter the list by that tag.

import { cx } from "../ui/cx";
import type { RunTag } from "./useRuns";

export function RunTags({
  tags,
  max,
  onSelect,
  className,
}: {
  tags: readonly RunTag[];
  max?: number;
  onSelect?: (tag: RunTag) => void;
  className?: string;
}) {
  if (tags.length === 0) return <span className="text-neutral-300">—</span>;
  const shown = max === undefined ? tags : tags.slice(0, max);
  const hidden = tags.length - shown.length;
  return (
    <span className={cx("flex min-w-0 flex-wrap gap-1", className)}>
      {shown.map((tag) => {
        const text = `${tag.key}=${tag.value}`;
        const classes =
          "max-w-56 truncate rounded bg-neutral-100 px-1.5 py-px font-mono text-[11px] leading-4 text-neutral-700 ring-1 ring-inset ring-neutral-200";
        return onSelect ? (
          <button
            key={tag.key}
            type="button"
            title={`Filter by ${text}`}
            onClick={() => onSelect(tag)}
            className={cx(classes, "hover:bg-accent-50 hover:text-accent-800 hover:ring-accent-200")}
          >
            {text}
          </button>
        ) : (
          <span key={tag.key} className={classes} title={text}>
            {text}
          </span>
        );
      })}
      {hidden > 0 && (
        <span
          className="text-[11px] text-neutral-500"
          title={tags
            .slice(shown.length)
            .map((t) => `${t.key}=${t.value}`)
            .join("\n")}
        >
          +{hidden}
        </span>
      )}
    </span>
  );
}
