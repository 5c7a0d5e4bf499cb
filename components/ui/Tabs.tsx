"use client";
// Accessible tabs (tablist / tab / tabpanel) with the selected tab underlined in the accent color.
import type { ReactNode } from "react";
import { useId } from "react";
import { cx } from "./cx";

export interface TabItem<T extends string> {
  id: T;
  label: string;
  count?: number;
}

export function Tabs<T extends string>({
  tabs,
  selected,
  onSelect,
  label,
  children,
}: {
  tabs: ReadonlyArray<TabItem<T>>;
  selected: T;
  onSelect: (id: T) => void;
  label: string;
  children: ReactNode;
}) {
  const base = useId();
  return (
    <div>
      <div role="tablist" aria-label={label} className="flex gap-5 border-b border-neutral-200 bg-white px-6">
        {tabs.map((tab) => {
          const active = tab.id === selected;
          return (
            <button
              key={tab.id}
              id={`${base}-tab-${tab.id}`}
              role="tab"
              type="button"
              aria-selected={active}
              aria-controls={`${base}-panel`}
              onClick={() => onSelect(tab.id)}
              className={cx(
                "-mb-px border-b-2 py-2.5 text-[13px] font-medium transition-colors",
                active
                  ? "border-accent-600 text-neutral-900"
                  : "border-transparent text-neutral-500 hover:border-neutral-300 hover:text-neutral-800",
              )}
            >
              {tab.label}
              {tab.count !== undefined && (
                <span className="ml-1.5 rounded bg-neutral-100 px-1 text-[11px] text-neutral-600">{tab.count}</span>
              )}
            </button>
          );
        })}
      </div>
      <div role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-tab-${selected}`}>
        {children}
      </div>
    </div>
  );
}
