"use client";
// The selection as text ("2026-01-01...2026-03-31, 2026-04-05"): typing a valid selection moves the grid, and an
// invalid one is explained under the field.
import { useId } from "react";
import { cx } from "../ui/cx";
import { AlertIcon } from "../ui/icons";

export function PartitionRangeInput({
  value,
  onChange,
  onBlur,
  error,
  placeholder,
  readOnly = false,
  className,
}: {
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error: string | null;
  placeholder: string;
  /** While the starting text loads, so typing cannot interleave with it. */
  readOnly?: boolean;
  className?: string;
}) {
  const errorId = useId();
  return (
    <div className={cx("min-w-0", className)}>
      <input
        type="text"
        aria-label="Partition selection"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        spellCheck={false}
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
        placeholder={placeholder}
        readOnly={readOnly}
        aria-busy={readOnly || undefined}
        className={cx(
          "h-9 w-full rounded-md border bg-white px-2.5 font-mono text-[13px] text-neutral-900 shadow-xs outline-none placeholder:font-sans placeholder:text-neutral-400 focus:ring-2",
          error
            ? "border-red-300 focus:ring-red-100"
            : "border-neutral-300 focus:border-accent-500 focus:ring-accent-100",
          readOnly && "bg-neutral-50 text-neutral-500",
        )}
      />
      {error && (
        <p id={errorId} role="alert" className="mt-1.5 flex items-start gap-1.5 text-xs text-red-700">
          <AlertIcon size={13} className="mt-px shrink-0" />
          {error}
        </p>
      )}
    </div>
  );
}
