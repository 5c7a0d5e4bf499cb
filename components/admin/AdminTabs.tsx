"use client";
// The tabs between the admin pages, each shown only to those who may open it.
import Link from "next/link";
import { useViewer } from "../auth/useViewer";
import { cx } from "../ui/cx";
import { ADMIN_SECTIONS, type AdminSection } from "./adminLinks";

export function AdminTabs({ current }: { current: AdminSection }) {
  const viewer = useViewer();
  const permissions = viewer.data?.permissions;
  const sections = ADMIN_SECTIONS.filter((s) => s.id === current || !permissions || permissions.includes(s.permission));
  // Someone who may open none of them sees the page's refusal, not a tab bar.
  if (permissions && !ADMIN_SECTIONS.some((s) => permissions.includes(s.permission))) return null;
  return (
    <nav aria-label="Admin" className="mt-4 flex gap-5 border-b border-neutral-200">
      {sections.map((section) => {
        const active = section.id === current;
        return (
          <Link
            key={section.id}
            href={section.href}
            aria-current={active ? "page" : undefined}
            className={cx(
              "-mb-px border-b-2 px-0.5 pb-2 text-[13px] font-medium transition-colors",
              active
                ? "border-accent-600 text-neutral-900"
                : "border-transparent text-neutral-500 hover:border-neutral-300 hover:text-neutral-800",
            )}
          >
            {section.label}
          </Link>
        );
      })}
    </nav>
  );
}
