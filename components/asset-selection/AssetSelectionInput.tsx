"use client";
// The selection syntax box (`group:analytics`, `+fact_events`, `tag:tier=gold`, `column:user_id`) with inline syntax errors.
import { useId } from "react";
import { cx } from "../ui/cx";
import { CloseIcon, SearchIcon } from "../ui/icons";
import type { SelectionError } from "./useAssetSelection";

export function AssetSelectionInput({
  value,
  onChange,
  error,
  matchCount,
  totalCount,
  className,
}: {
  value: string;
  onChange: (value: string) => void;
  error: SelectionError | null;
  /** How many assets match, shown at the right of the box when the selection is valid. */
  matchCount?: number;
  totalCount?: number;
  className?: string;
}) {
  const errorId = useId();
  const hintId = useId();
  return (
    <div className={cx("min-w-0", className)}>
      <div
        className={cx(
          "flex h-9 items-center gap-2 rounded-md border bg-white px-2.5 shadow-xs transition-colors focus-within:ring-2",
          error
            ? "border-red-300 focus-within:ring-red-100"
            : "border-neutral-300 focus-within:border-accent-500 focus-within:ring-accent-100",
        )}
      >
        <SearchIcon size={15} className="shrink-0 text-neutral-400" />
        <input
          type="text"
          role="combobox"
          aria-expanded={false}
          aria-label="Asset selection"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : hintId}
          spellCheck={false}
          autoComplete="off"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Escape") onChange("");
          }}
          placeholder="Filter assets: group:analytics, +fact_events, kind:postgres, tag:tier=gold…"
          className="min-w-0 flex-1 bg-transparent font-mono text-[13px] text-neutral-900 outline-none placeholder:font-sans placeholder:text-neutral-400"
        />
        {!error && value.trim() && matchCount !== undefined && (
          <span className="shrink-0 text-xs text-neutral-500 tabular-nums">
            {matchCount}
            {totalCount !== undefined && ` of ${totalCount}`} assets
          </span>
        )}
        {value && (
          <button
            type="button"
            aria-label="Clear selection"
            onClick={() => onChange("")}
            className="shrink-0 rounded p-0.5 text-neutral-400 hover:bg-neutral-100 hover:text-neutral-700"
          >
            <CloseIcon size={14} />
          </button>
        )}
      </div>
      <span id={hintId} className="sr-only">
        Selection syntax: key, group:name, kind:name, tag:key=value, owner:name, code_location:name, column:name, + for
        upstream or downstream, and, or, not.
      </span>
      {error && <SelectionErrorMessage id={errorId} text={value} error={error} />}
    </div>
  );
}

function SelectionErrorMessage({ id, text, error }: { id: string; text: string; error: SelectionError }) {
  const position = Math.max(0, Math.min(error.position, text.length));
  return (
    <div id={id} role="alert" className="mt-1.5 rounded-md border border-red-200 bg-red-50 px-2.5 py-1.5">
      <p className="text-xs font-medium text-red-800">{error.message}</p>
      <pre aria-hidden="true" className="mt-1 overflow-x-auto font-mono text-xs leading-4 text-neutral-700">
        {text || " "}
        {"\n"}
        <span className="text-red-600">{" ".repeat(position)}^</span>
      </pre>
    </div>
  );
}
