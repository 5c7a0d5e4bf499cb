// An asset key as people scan it: prefix segments muted, the last segment bold. When space runs out the prefix gives
// way first, so a long namespace (`postgres_warehouse_5432/jaffle_shop/…`) never hides the asset's own name.
import { cx } from "../ui/cx";

export function AssetKeyLabel({ path, className }: { path: readonly string[]; className?: string }) {
  const prefix = path.slice(0, -1);
  const name = path[path.length - 1] ?? "";
  return (
    <span className={cx("inline-flex min-w-0 max-w-full", className)} title={path.join("/")}>
      {prefix.length > 0 && <span className="min-w-0 truncate font-normal text-neutral-400">{prefix.join("/")}/</span>}
      <span className="max-w-full shrink-0 truncate font-semibold">{name}</span>
    </span>
  );
}
