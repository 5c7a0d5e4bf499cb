// Small building blocks for asset detail views: owners, tags, and a labelled definition list row.
import type { ReactNode } from "react";
import type { AssetTag } from "./useAssetNodes";

export function OwnerList({ owners }: { owners: readonly string[] }) {
  if (owners.length === 0) return <span className="text-neutral-500">None</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {owners.map((owner) => (
        <span
          key={owner}
          className="inline-flex items-center gap-1 rounded-full bg-neutral-100 py-px pr-2 pl-0.5 text-xs text-neutral-700 ring-1 ring-neutral-200 ring-inset"
        >
          <span
            aria-hidden="true"
            className="flex size-4 items-center justify-center rounded-full bg-accent-100 text-[9px] font-semibold text-accent-700 uppercase"
          >
            {ownerInitial(owner)}
          </span>
          {owner}
        </span>
      ))}
    </span>
  );
}

function ownerInitial(owner: string): string {
  const name = owner.replace(/^team:/, "");
  return name.charAt(0) || "?";
}

export function TagList({ tags }: { tags: readonly AssetTag[] }) {
  if (tags.length === 0) return <span className="text-neutral-500">None</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {tags.map((tag) => (
        <span
          key={tag.key}
          className="inline-flex overflow-hidden rounded text-[11px] leading-5 ring-1 ring-neutral-200 ring-inset"
        >
          <span className="bg-neutral-100 px-1.5 text-neutral-600">{tag.key}</span>
          <span className="bg-white px-1.5 font-medium text-neutral-800">{tag.value}</span>
        </span>
      ))}
    </span>
  );
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[7.5rem_1fr] items-baseline gap-3 py-1.5 text-[13px]">
      <dt className="text-neutral-500">{label}</dt>
      <dd className="min-w-0 text-neutral-900">{children}</dd>
    </div>
  );
}

export function Section({ title, children, aside }: { title: string; children: ReactNode; aside?: ReactNode }) {
  return (
    <section aria-label={title} className="py-3.5">
      <div className="mb-2 flex items-center justify-between">
        <h3 className="text-[11px] font-semibold tracking-wide text-neutral-500 uppercase">{title}</h3>
        {aside}
      </div>
      {children}
    </section>
  );
}
