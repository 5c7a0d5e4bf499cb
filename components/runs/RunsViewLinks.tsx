// The runs section's two views, list and timeline, as links: each is its own page with its own URL.
import Link from "next/link";
import { cx } from "../ui/cx";

const VIEWS = [
  { href: "/runs", label: "List" },
  { href: "/runs/timeline", label: "Timeline" },
] as const;

export function RunsViewLinks({ current }: { current: "/runs" | "/runs/timeline" }) {
  return (
    <nav aria-label="Runs views" className="flex rounded-md bg-neutral-100 p-0.5">
      {VIEWS.map((view) => (
        <Link
          key={view.href}
          href={view.href}
          aria-current={view.href === current ? "page" : undefined}
          className={cx(
            "rounded px-3 py-1 text-[13px] font-medium",
            view.href === current ? "bg-white text-neutral-900 shadow-sm" : "text-neutral-600 hover:text-neutral-900",
          )}
        >
          {view.label}
        </Link>
      ))}
    </nav>
  );
}
