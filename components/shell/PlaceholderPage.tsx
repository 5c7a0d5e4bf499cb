// A section that later releases fill in: says plainly what will live here.
import type { ReactNode } from "react";
import { EmptyState } from "../ui/EmptyState";
import { PageHeader } from "./PageHeader";

export function PlaceholderPage({ title, icon, headline, children }: { title: string; icon: ReactNode; headline: string; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-[1400px] px-6 py-6">
      <PageHeader title={title} />
      <div className="mt-5 rounded-lg border border-dashed border-neutral-300 bg-white">
        <EmptyState icon={icon} title={headline} className="py-20">
          {children}
        </EmptyState>
      </div>
    </div>
  );
}
