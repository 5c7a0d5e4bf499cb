"use client";
// Show or hide the catalog's optional columns; the choice is remembered in this browser.
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "../ui/Button";
import { ChevronDownIcon } from "../ui/icons";
import { CATALOG_COLUMNS, type CatalogColumnId } from "./catalogColumns";

export function ColumnChooser({
  hidden,
  onToggle,
}: {
  hidden: ReadonlySet<CatalogColumnId>;
  onToggle: (id: CatalogColumnId) => void;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);

  // Close on a click elsewhere or Escape, as menus do.
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (rootRef.current && !rootRef.current.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  const hiddenCount = CATALOG_COLUMNS.filter((c) => hidden.has(c.id)).length;
  return (
    <div ref={rootRef} className="relative">
      <Button className="h-9" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((on) => !on)}>
        Columns
        {hiddenCount > 0 && <span className="text-xs text-neutral-500 tabular-nums">({hiddenCount} hidden)</span>}
        <ChevronDownIcon size={13} />
      </Button>
      {open && (
        <fieldset
          id={panelId}
          className="absolute top-10 right-0 z-40 w-52 rounded-md border border-neutral-200 bg-white p-2 shadow-lg"
        >
          <legend className="sr-only">Shown columns</legend>
          {CATALOG_COLUMNS.map((column) => (
            <label
              key={column.id}
              className="flex cursor-pointer items-center gap-2 rounded px-1.5 py-1 text-[13px] text-neutral-800 hover:bg-neutral-50"
            >
              <input
                type="checkbox"
                checked={!hidden.has(column.id)}
                onChange={() => onToggle(column.id)}
                className="size-4 accent-accent-600"
              />
              {column.label}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
