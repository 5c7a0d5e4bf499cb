"use client";
// Tags for every run of a backfill, as key/value rows that can be added and removed.
import type { RunTag } from "../runs/useRuns";
import { Button } from "../ui/Button";
import { CloseIcon } from "../ui/icons";

export function BackfillTagsEditor({
  tags,
  onChange,
}: {
  tags: readonly RunTag[];
  onChange: (tags: RunTag[]) => void;
}) {
  const update = (i: number, patch: Partial<RunTag>) =>
    onChange(tags.map((t, j) => (j === i ? { ...t, ...patch } : t)));
  return (
    <div className="space-y-2">
      {tags.map((tag, i) => (
        <div key={i} className="flex items-center gap-2">
          <input
            aria-label={`Tag ${i + 1} key`}
            value={tag.key}
            onChange={(e) => update(i, { key: e.target.value })}
            placeholder="key"
            spellCheck={false}
            className={inputClass}
          />
          <span className="text-neutral-500">=</span>
          <input
            aria-label={`Tag ${i + 1} value`}
            value={tag.value}
            onChange={(e) => update(i, { value: e.target.value })}
            placeholder="value"
            spellCheck={false}
            className={inputClass}
          />
          <button
            type="button"
            aria-label={`Remove tag ${i + 1}`}
            onClick={() => onChange(tags.filter((_, j) => j !== i))}
            className="rounded p-1 text-neutral-400 hover:bg-neutral-100 hover:text-neutral-700"
          >
            <CloseIcon size={14} />
          </button>
        </div>
      ))}
      <Button
        variant="ghost"
        className="-ml-2 h-7 px-2 text-xs"
        onClick={() => onChange([...tags, { key: "", value: "" }])}
      >
        + Add tag
      </Button>
    </div>
  );
}

const inputClass =
  "h-8 min-w-0 flex-1 rounded-md border border-neutral-300 bg-white px-2 font-mono text-[13px] shadow-xs outline-none placeholder:font-sans placeholder:text-neutral-400 focus:border-accent-500 focus:ring-2 focus:ring-accent-100";

/** The rows worth sending: a tag needs a key; a key without a value is a tag with an empty value. */
export function completeTags(tags: readonly RunTag[]): RunTag[] {
  return tags.filter((t) => t.key.trim() !== "").map((t) => ({ key: t.key.trim(), value: t.value.trim() }));
}
