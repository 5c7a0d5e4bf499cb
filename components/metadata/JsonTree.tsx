"use client";
// A JSON value as a tree: objects and lists open and close with a button (keyboard and screen reader alike), the
// first level open and everything deeper closed, so a large value takes one glance rather than a page.
import { useState } from "react";
import { cx } from "../ui/cx";
import { ChevronRightIcon } from "../ui/icons";

type Branch =
  | { kind: "list"; entries: Array<[string, unknown]> }
  | { kind: "object"; entries: Array<[string, unknown]> };

function branchOf(value: unknown): Branch | null {
  if (Array.isArray(value)) return { kind: "list", entries: value.map((item, i) => [String(i), item]) };
  if (typeof value === "object" && value !== null) return { kind: "object", entries: Object.entries(value) };
  return null;
}

function sizeText(branch: Branch): string {
  const n = branch.entries.length;
  return branch.kind === "list" ? `[${n} item${n === 1 ? "" : "s"}]` : `{${n} key${n === 1 ? "" : "s"}}`;
}

export function JsonTree({ value, label }: { value: unknown; label: string }) {
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard?.writeText(JSON.stringify(value, null, 2)).then(() => setCopied(true));
  };
  return (
    <div className="group relative max-h-80 overflow-auto rounded bg-neutral-50 px-2 py-1.5 font-mono text-[12px] leading-5 ring-1 ring-neutral-200">
      <JsonNode name={null} value={value} depth={0} path={label} />
      <button
        type="button"
        onClick={copy}
        onBlur={() => setCopied(false)}
        aria-label={`Copy ${label} as JSON`}
        className="absolute top-1 right-1 rounded bg-white px-1.5 py-px font-sans text-[11px] text-neutral-500 opacity-0 ring-1 ring-neutral-200 group-hover:opacity-100 hover:text-neutral-800 focus-visible:opacity-100"
      >
        {copied ? "Copied" : "Copy"}
      </button>
    </div>
  );
}

function JsonNode({ name, value, depth, path }: { name: string | null; value: unknown; depth: number; path: string }) {
  const branch = branchOf(value);
  const [open, setOpen] = useState(depth === 0);
  const key = name === null ? null : <span className="text-neutral-600">{name}: </span>;
  if (!branch) {
    return (
      <div className="break-all whitespace-pre-wrap">
        {key}
        <JsonScalar value={value} />
      </div>
    );
  }
  if (branch.entries.length === 0)
    return (
      <div>
        {key}
        <span className="text-neutral-600">{branch.kind === "list" ? "[]" : "{}"}</span>
      </div>
    );
  return (
    <div>
      <button
        type="button"
        aria-expanded={open}
        aria-label={`${path} ${sizeText(branch)}`}
        onClick={() => setOpen(!open)}
        className="-ml-0.5 inline-flex items-center gap-0.5 rounded px-0.5 text-left hover:bg-neutral-100"
      >
        <ChevronRightIcon
          size={12}
          className={cx("shrink-0 text-neutral-500 transition-transform", open && "rotate-90")}
        />
        {key}
        <span className="text-neutral-600">{sizeText(branch)}</span>
      </button>
      {open && (
        <ul className="ml-1.5 border-l border-neutral-200 pl-3">
          {branch.entries.map(([childName, child]) => (
            <li key={childName}>
              <JsonNode name={childName} value={child} depth={depth + 1} path={`${path}.${childName}`} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function JsonScalar({ value }: { value: unknown }) {
  if (typeof value === "string") return <span className="text-emerald-800">&quot;{value}&quot;</span>;
  if (typeof value === "number") return <span className="text-sky-800">{value}</span>;
  if (typeof value === "boolean") return <span className="text-violet-800">{String(value)}</span>;
  return <span className="text-neutral-600">null</span>;
}
