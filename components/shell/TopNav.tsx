"use client";
// The top bar: Strata wordmark, the primary navigation highlighting the section in view, and the signed-in user.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { adminHomeHref } from "../admin/adminLinks";
import { UserMenu } from "../auth/UserMenu";
import { useViewer } from "../auth/useViewer";
import { cx } from "../ui/cx";
import { StrataMark } from "../ui/icons";

const sections = [
  { href: "/assets", label: "Assets" },
  { href: "/lineage", label: "Lineage" },
  { href: "/runs", label: "Runs" },
  { href: "/runs/timeline", label: "Timeline" },
  { href: "/jobs", label: "Jobs" },
  { href: "/backfills", label: "Backfills" },
  { href: "/automation", label: "Automation" },
  { href: "/deployment", label: "Deployment" },
] as const;

export function TopNav() {
  const pathname = usePathname();
  const viewer = useViewer();
  // Admin shows only to those who may open one of its pages; the pages themselves still say who may.
  const adminHref = viewer.data ? adminHomeHref(viewer.data.permissions) : null;
  const entries = [
    ...sections.map((s) => ({ ...s, root: s.href as string })),
    ...(adminHref ? [{ href: adminHref, label: "Admin", root: "/admin" }] : []),
  ];
  // The section whose root is the longest prefix of the path: /runs/timeline is Timeline's, /runs/<id> is Runs'.
  const activeRoot = entries
    .map((s) => s.root)
    .filter((root) => pathname === root || pathname.startsWith(`${root}/`))
    .sort((a, b) => b.length - a.length)[0];
  return (
    <header className="flex h-12 shrink-0 items-center gap-8 border-b border-neutral-800 bg-neutral-900 px-4 text-white">
      <Link href="/lineage" className="flex items-center gap-2 rounded-sm" aria-label="Strata home">
        <StrataMark size={22} className="text-accent-400" />
        <span className="text-[15px] font-semibold tracking-tight">Strata</span>
      </Link>
      <nav aria-label="Main" className="flex h-full items-center gap-1">
        {entries.map((section) => {
          const active = section.root === activeRoot;
          return (
            <Link
              key={section.href}
              href={section.href}
              aria-current={active ? "page" : undefined}
              className={cx(
                "rounded-md px-3 py-1.5 text-[13px] font-medium transition-colors",
                active ? "bg-white/10 text-white" : "text-neutral-400 hover:bg-white/5 hover:text-neutral-100",
              )}
            >
              {section.label}
            </Link>
          );
        })}
      </nav>
      <UserMenu />
    </header>
  );
}
