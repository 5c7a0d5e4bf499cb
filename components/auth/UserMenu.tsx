"use client";
// The signed-in user at the right of the top bar: name and role, with Sign out. Without sign-in there is nobody to
// name (everyone is the local admin), so the menu stays out of the way.
import { useEffect, useRef, useState } from "react";
import { roleLabel } from "../../lib/core/auth/roles";
import { Badge } from "../ui/Badge";
import { cx } from "../ui/cx";
import { ChevronDownIcon } from "../ui/icons";
import { signOut } from "./signOut";
import { useViewer } from "./useViewer";

function initialOf(name: string): string {
  return (name.trim()[0] ?? "?").toUpperCase();
}

export function UserMenu() {
  const { data: viewer } = useViewer();
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLButtonElement>("[role=menuitem]")?.focus();
    const onPointer = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [open]);

  if (!viewer || viewer.kind !== "USER") return null;

  const onSignOut = () => {
    setSigningOut(true);
    setProblem(null);
    signOut().catch((error: unknown) => {
      setSigningOut(false);
      setProblem(error instanceof Error ? error.message : String(error));
    });
  };

  return (
    <div ref={rootRef} className="relative ml-auto">
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={`Account: ${viewer.name}`}
        onClick={() => setOpen((o) => !o)}
        className={cx(
          "flex h-8 items-center gap-2 rounded-md pr-2 pl-1 text-[13px] font-medium transition-colors",
          open ? "bg-white/10 text-white" : "text-neutral-300 hover:bg-white/5 hover:text-white",
        )}
      >
        <span
          aria-hidden="true"
          className="flex size-6 items-center justify-center rounded-full bg-accent-500 text-[11px] font-semibold text-white"
        >
          {initialOf(viewer.name)}
        </span>
        <span className="max-w-48 truncate">{viewer.name}</span>
        <ChevronDownIcon size={13} className="text-neutral-500" />
      </button>
      {open && (
        <div
          ref={menuRef}
          role="menu"
          aria-label="Account"
          onKeyDown={(e) => {
            if (e.key === "Escape") setOpen(false);
          }}
          className="absolute right-0 z-40 mt-1.5 w-64 overflow-hidden rounded-md border border-neutral-200 bg-white text-neutral-900 shadow-lg"
        >
          <div className="border-b border-neutral-100 px-3 py-2.5">
            <p className="text-[11px] font-medium tracking-wide text-neutral-500 uppercase">Signed in as</p>
            <p className="mt-0.5 truncate text-[13px] font-medium" title={viewer.name}>
              {viewer.name}
            </p>
            {viewer.role && (
              <Badge tone="accent" className="mt-1.5" title="Your role on this Strata instance">
                {roleLabel(viewer.role)}
              </Badge>
            )}
          </div>
          <div className="py-1">
            <button
              type="button"
              role="menuitem"
              disabled={signingOut}
              onClick={onSignOut}
              className="block w-full px-3 py-1.5 text-left text-[13px] text-neutral-700 hover:bg-neutral-50 focus:bg-neutral-50 focus:outline-none disabled:text-neutral-400"
            >
              {signingOut ? "Signing out…" : "Sign out"}
            </button>
          </div>
          {problem && (
            <p role="alert" className="border-t border-red-100 bg-red-50 px-3 py-2 text-xs text-red-700">
              {problem}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
