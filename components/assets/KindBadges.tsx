// An asset's kinds (e.g. "postgres", "python") as small badges.
import { cx } from "../ui/cx";

export function KindBadges({ kinds, className, max }: { kinds: readonly string[]; className?: string; max?: number }) {
  if (kinds.length === 0) return null;
  const shown = max === undefined ? kinds : kinds.slice(0, max);
  const hidden = kinds.length - shown.length;
  return (
    <span className={cx("flex min-w-0 flex-wrap gap-1", className)}>
      {shown.map((kind) => (
        <span
          key={kind}
          className="rounded-sm bg-neutral-100 px-1.5 py-px font-mono text-[10.5px] leading-4 text-neutral-600 ring-1 ring-neutral-200 ring-inset"
        >
          {kind}
        </span>
      ))}
      {hidden > 0 && (
        <span className="px-0.5 text-[10.5px] leading-4 text-neutral-500" title={kinds.slice(shown.length).join(", ")}>
          +{hidden}
        </span>
      )}
    </span>
  );
}
