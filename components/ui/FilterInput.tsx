// A search box for filtering a list by text (runs by asset key or tag, the audit log by actor or action).
import { cx } from "./cx";
import { SearchIcon } from "./icons";

export function FilterInput({
  label,
  placeholder,
  value,
  onChange,
  invalid,
  className = "w-80",
}: {
  /** Read by screen readers; the placeholder says the same to sighted users. */
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  /** Outlined as a warning: the text does not parse as a filter. */
  invalid?: boolean;
  /** The width, w-80 by default. */
  className?: string;
}) {
  return (
    <label
      className={cx(
        "flex h-9 items-center gap-2 rounded-md border bg-white px-2.5 shadow-xs focus-within:ring-2",
        invalid
          ? "border-amber-300 focus-within:ring-amber-100"
          : "border-neutral-300 focus-within:border-accent-500 focus-within:ring-accent-100",
        className,
      )}
    >
      <SearchIcon size={15} className="shrink-0 text-neutral-400" />
      <span className="sr-only">{label}</span>
      <input
        type="search"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
        spellCheck={false}
        className="min-w-0 flex-1 bg-transparent font-mono text-[13px] outline-none placeholder:font-sans placeholder:text-neutral-400"
      />
    </label>
  );
}
