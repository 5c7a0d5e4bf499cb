// A titled card in the side column of a schedule's or sensor's page (next ticks, cursor).
import type { ReactNode } from "react";

export function SideCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="rounded-lg border border-neutral-200 bg-white shadow-xs lg:self-start">
      <h2 className="border-b border-neutral-100 px-4 py-2.5 text-[13px] font-semibold text-neutral-800">{title}</h2>
      <div className="px-4 py-2">{children}</div>
    </section>
  );
}
