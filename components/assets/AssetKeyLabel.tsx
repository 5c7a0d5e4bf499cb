// An asset key as people scan it: prefix segments muted, the last segment bold.
import { cx } from "../ui/cx";

export function AssetKeyLabel({ path, className }: { path: readonly string[]; className?: string }) {
  const prefix = path.slice(0, -1);
  const name = path[path.length - 1] ?? "";
  return (
    <span className={cx("min-w-0 truncate", className)} title={path.join("/")}>
      {prefix.length > 0 && <span className="font-normal text-neutral-500">{prefix.join("/")}/</span>}
      <span className="font-semibold">{name}</span>
    </span>
  );
}
