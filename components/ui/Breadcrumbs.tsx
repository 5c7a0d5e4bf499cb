// A page's breadcrumb trail: links to the pages above it, then the current page.
import Link from "next/link";
import type { ReactNode } from "react";
import { ChevronRightIcon } from "./icons";

export interface Crumb {
  label: ReactNode;
  /** Omitted for the current page, which is always the last crumb. */
  href?: string;
}

export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb">
      <ol className="flex flex-wrap items-center gap-1 text-[13px] text-neutral-500">
        {crumbs.map((crumb, i) => {
          const current = i === crumbs.length - 1;
          return (
            <li key={i} className="flex items-center gap-1" aria-current={current ? "page" : undefined}>
              {i > 0 && <ChevronRightIcon size={12} className="text-neutral-300" />}
              {crumb.href && !current ? (
                <Link href={crumb.href} className="hover:text-accent-700 hover:underline">
                  {crumb.label}
                </Link>
              ) : (
                <span className="text-neutral-700">{crumb.label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
