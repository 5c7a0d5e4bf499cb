"use client";
// The lineage page's left sidebar: assets by group and by key prefix, each branch with its count, narrowed by a
// filter box. A group or prefix sets the selection box to it (`group:x`, `key:a/*`, so the URL keeps it); an asset
// is selected and centred in the graph. Collapsible, to give the canvas the room.
import { type ReactNode, useMemo, useState } from "react";
import { toAssetKeyString } from "../../lib/core/assetKey";
import type { AssetNodeListItem } from "../assets/useAssetNodes";
import { cx } from "../ui/cx";
import { FilterInput } from "../ui/FilterInput";
import { ChevronDownIcon, ChevronRightIcon, LayersIcon, ListIcon } from "../ui/icons";
import { type AssetTreeBranch, buildAssetTree } from "./assetTree";

/** Assets listed under one open branch at most; the filter box finds the rest. */
const ASSETS_SHOWN = 200;

export function AssetTreeSidebar({
  assets,
  selection,
  selectedKey,
  onSelectBranch,
  onSelectAsset,
}: {
  assets: readonly AssetNodeListItem[];
  /** The selection box's text: the branch it names is marked current. */
  selection: string;
  selectedKey: string | null;
  onSelectBranch: (selection: string) => void;
  onSelectAsset: (key: string) => void;
}) {
  const [open, setOpen] = useState(true);
  const [filter, setFilter] = useState("");
  const treeAssets = useMemo(
    () => assets.map((a) => ({ key: toAssetKeyString(a.assetKey.path), groupName: a.groupName })),
    [assets],
  );
  const tree = useMemo(() => buildAssetTree(treeAssets, filter), [treeAssets, filter]);
  const filtering = filter.trim() !== "";

  if (!open) {
    return (
      <div className="flex w-10 shrink-0 flex-col items-center border-r border-neutral-200 bg-white py-2">
        <button
          type="button"
          onClick={() => setOpen(true)}
          aria-label="Show asset tree"
          aria-expanded={false}
          title="Show asset tree"
          className="rounded p-1.5 text-neutral-600 hover:bg-neutral-100 hover:text-neutral-900"
        >
          <ListIcon size={16} />
        </button>
      </div>
    );
  }
  const context = { selection: selection.trim(), selectedKey, onSelectBranch, onSelectAsset, filtering };
  return (
    <nav aria-label="Asset tree" className="flex w-64 shrink-0 flex-col border-r border-neutral-200 bg-white">
      <div className="flex items-center justify-between gap-2 px-3 pt-2.5 pb-2">
        <h2 className="text-[13px] font-semibold text-neutral-900">Assets</h2>
        <button
          type="button"
          onClick={() => setOpen(false)}
          aria-label="Hide asset tree"
          aria-expanded={true}
          title="Hide asset tree"
          className="rounded p-1 text-neutral-600 hover:bg-neutral-100 hover:text-neutral-900"
        >
          <ChevronRightIcon size={15} className="rotate-180" />
        </button>
      </div>
      <div className="px-3 pb-2">
        <FilterInput
          label="Filter the asset tree"
          placeholder="Filter assets"
          value={filter}
          onChange={setFilter}
          className="h-8 w-full"
        />
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto px-1.5 pb-3 text-[13px]">
        {tree.matchCount === 0 ? (
          <p className="px-2 py-2 text-neutral-600">No assets match “{filter.trim()}”.</p>
        ) : (
          <>
            <TreeSection title="Groups">
              {tree.groups.map((branch) => (
                <Branch key={branch.id} branch={branch} depth={0} context={context} />
              ))}
            </TreeSection>
            <TreeSection title="Key prefixes">
              {tree.prefixes.map((branch) => (
                <Branch key={branch.id} branch={branch} depth={0} context={context} />
              ))}
              {tree.rootAssets.slice(0, ASSETS_SHOWN).map((key) => (
                <AssetLeaf key={key} assetKey={key} depth={0} context={context} />
              ))}
            </TreeSection>
          </>
        )}
      </div>
    </nav>
  );
}

interface TreeContext {
  selection: string;
  selectedKey: string | null;
  onSelectBranch: (selection: string) => void;
  onSelectAsset: (key: string) => void;
  filtering: boolean;
}

function TreeSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="mt-2">
      <h3 className="px-2 pb-1 text-[11px] font-medium tracking-wide text-neutral-600 uppercase">{title}</h3>
      <ul>{children}</ul>
    </section>
  );
}

const rowClass = "flex h-7 w-full min-w-0 items-center gap-1.5 rounded pr-2 text-left hover:bg-neutral-100";

function Branch({ branch, depth, context }: { branch: AssetTreeBranch; depth: number; context: TreeContext }) {
  const [expanded, setExpanded] = useState(false);
  // While filtering, every branch with a match is open: the matches are what the filter is for.
  const isOpen = expanded || context.filtering;
  const current = context.selection === branch.selection;
  const kindLabel = branch.kind === "group" ? "group" : "key prefix";
  return (
    <li>
      <div className="flex items-center" style={{ paddingLeft: depth * 12 }}>
        <button
          type="button"
          onClick={() => setExpanded(!isOpen)}
          aria-expanded={isOpen}
          aria-label={`${isOpen ? "Hide" : "List"} the assets of ${kindLabel} ${branch.label}`}
          className="flex size-6 shrink-0 items-center justify-center rounded text-neutral-600 hover:bg-neutral-200"
        >
          {isOpen ? <ChevronDownIcon size={14} /> : <ChevronRightIcon size={14} />}
        </button>
        <button
          type="button"
          onClick={() => context.onSelectBranch(branch.selection)}
          aria-current={current || undefined}
          title={`Show ${branch.selection} in the graph`}
          className={cx(rowClass, "pl-1", current && "bg-accent-50 font-medium text-accent-800")}
        >
          {branch.kind === "group" && <LayersIcon size={13} className="shrink-0 text-neutral-500" />}
          <span className="min-w-0 flex-1 truncate text-neutral-900">
            {branch.label}
            {branch.kind === "prefix" && <span className="text-neutral-500">/</span>}
          </span>
          <span aria-hidden="true" className="shrink-0 text-xs text-neutral-600 tabular-nums">
            {branch.count}
          </span>
          <span className="sr-only">
            , {branch.count} asset{branch.count === 1 ? "" : "s"}
          </span>
        </button>
      </div>
      {isOpen && (
        <ul>
          {branch.branches.map((child) => (
            <Branch key={child.id} branch={child} depth={depth + 1} context={context} />
          ))}
          {branch.assets.slice(0, ASSETS_SHOWN).map((key) => (
            <AssetLeaf key={key} assetKey={key} depth={depth + 1} context={context} />
          ))}
          {branch.assets.length > ASSETS_SHOWN && (
            <li className="py-1 text-xs text-neutral-600" style={{ paddingLeft: (depth + 1) * 12 + 30 }}>
              {branch.assets.length - ASSETS_SHOWN} more: filter to find them
            </li>
          )}
        </ul>
      )}
    </li>
  );
}

function AssetLeaf({ assetKey, depth, context }: { assetKey: string; depth: number; context: TreeContext }) {
  const selected = context.selectedKey === assetKey;
  const name = assetKey.slice(assetKey.lastIndexOf("/") + 1);
  return (
    <li style={{ paddingLeft: depth * 12 + 24 }}>
      <button
        type="button"
        onClick={() => context.onSelectAsset(assetKey)}
        aria-current={selected || undefined}
        aria-label={`Asset ${assetKey}`}
        title={assetKey}
        className={cx(rowClass, "pl-1.5", selected ? "bg-accent-50 font-medium text-accent-800" : "text-neutral-800")}
      >
        <span aria-hidden="true" className="size-1.5 shrink-0 rounded-full bg-neutral-400" />
        <span className="min-w-0 truncate">{name}</span>
      </button>
    </li>
  );
}
