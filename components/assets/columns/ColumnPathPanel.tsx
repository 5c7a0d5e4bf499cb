"use client";
// A selected column's full path across assets: every column it is made of above it, every column made from it below,
// each indented under the column it was reached from.
import Link from "next/link";
import { errorMessage } from "../../../graphql/client/fetchGraphQL";
import { cx } from "../../ui/cx";
import { ErrorState } from "../../ui/ErrorState";
import { ArrowDownIcon, ArrowUpIcon, CloseIcon, GraphIcon } from "../../ui/icons";
import { Skeleton } from "../../ui/Skeleton";
import { ColumnRefLink, columnSelectionHref } from "./columnLinks";
import { type ColumnTreeNode, columnTree } from "./columnTree";
import { type AssetColumn, type AssetColumnPathStep, useAssetColumnPath } from "./useAssetColumns";

export function ColumnPathPanel({
  path,
  column,
  onClose,
}: {
  path: readonly string[];
  column: AssetColumn | null;
  onClose: () => void;
}) {
  if (!column) {
    return (
      <section
        aria-label="Column path"
        className="rounded-lg border border-dashed border-neutral-300 bg-white px-4 py-8 text-center text-[13px] text-neutral-500"
      >
        Select a column to see its full path across assets: every column it comes from, and every column made from it.
      </section>
    );
  }
  return <SelectedColumnPath path={path} column={column} onClose={onClose} />;
}

function SelectedColumnPath({
  path,
  column,
  onClose,
}: {
  path: readonly string[];
  column: AssetColumn;
  onClose: () => void;
}) {
  const query = useAssetColumnPath(path, column.name);
  const start = { assetKey: { path }, column: column.name };
  return (
    <section
      aria-label={`Path of column ${column.name}`}
      className="rounded-lg border border-neutral-200 bg-white shadow-xs xl:sticky xl:top-4"
    >
      <header className="flex items-center justify-between gap-2 border-b border-neutral-100 px-4 py-2.5">
        <h2 className="min-w-0 truncate text-[13px] font-semibold text-neutral-800">
          Path of <span className="font-mono">{column.name}</span>
        </h2>
        <div className="flex shrink-0 items-center gap-2">
          <Link
            href={columnSelectionHref(column.name)}
            className="inline-flex items-center gap-1 text-[12px] font-medium text-accent-700 hover:underline"
            title={`Open the lineage graph with the selection column:${column.name}`}
          >
            <GraphIcon size={13} /> In graph
          </Link>
          <button
            type="button"
            aria-label="Close column path"
            onClick={onClose}
            className="rounded p-0.5 text-neutral-400 hover:bg-neutral-100 hover:text-neutral-700"
          >
            <CloseIcon size={14} />
          </button>
        </div>
      </header>
      <div className="px-4 py-3">
        {query.isPending ? (
          <div className="space-y-2">
            <Skeleton className="h-4 w-2/3" />
            <Skeleton className="h-4 w-1/2" />
            <Skeleton className="h-4 w-3/5" />
          </div>
        ) : query.isError ? (
          <ErrorState title="Could not load the column's path" message={errorMessage(query.error)} />
        ) : (
          <div className="flex flex-col gap-3">
            <PathSection
              title="Comes from"
              direction="upstream"
              empty="Nothing upstream: the column is made here, or its lineage is not declared."
              tree={columnTree(start, query.data?.upstreamPath.steps ?? [])}
              truncated={query.data?.upstreamPath.truncated ?? false}
              columnName={column.name}
            />
            <div className="flex items-center gap-2 rounded-md bg-accent-50 px-2.5 py-1.5 ring-1 ring-accent-200 ring-inset">
              <span className="min-w-0 truncate font-mono text-[12px]" title={`${path.join("/")}.${column.name}`}>
                <span className="text-accent-700">{path.join("/")}</span>
                <span className="text-accent-400">.</span>
                <span className="font-semibold text-accent-900">{column.name}</span>
              </span>
              {column.type && (
                <span className="ml-auto shrink-0 font-mono text-[11px] text-accent-700">{column.type}</span>
              )}
            </div>
            <PathSection
              title="Goes to"
              direction="downstream"
              empty="Nothing downstream: no asset's column lineage reads this column."
              tree={columnTree(start, query.data?.downstreamPath.steps ?? [])}
              truncated={query.data?.downstreamPath.truncated ?? false}
              columnName={column.name}
            />
          </div>
        )}
      </div>
    </section>
  );
}

function PathSection({
  title,
  direction,
  empty,
  tree,
  truncated,
  columnName,
}: {
  title: string;
  direction: "upstream" | "downstream";
  empty: string;
  tree: ColumnTreeNode<AssetColumnPathStep>[];
  truncated: boolean;
  columnName: string;
}) {
  const Arrow = direction === "upstream" ? ArrowUpIcon : ArrowDownIcon;
  return (
    <div>
      <h3 className="mb-1.5 flex items-center gap-1 text-[11px] font-semibold tracking-wide text-neutral-500 uppercase">
        <Arrow size={12} /> {title}
      </h3>
      {tree.length === 0 ? (
        <p className="text-[12px] text-neutral-500">{empty}</p>
      ) : (
        <PathTree
          nodes={tree}
          label={`${columnName} ${direction === "upstream" ? "comes from" : "goes to"}, transitively`}
        />
      )}
      {truncated && <p className="mt-1.5 text-[12px] text-neutral-500">Only the nearest columns are shown.</p>}
    </div>
  );
}

function PathTree({ nodes, label }: { nodes: ColumnTreeNode<AssetColumnPathStep>[]; label?: string }) {
  return (
    <ul
      aria-label={label}
      className={cx("flex flex-col gap-1", !label && "mt-1 ml-2 border-l border-neutral-200 pl-3")}
    >
      {nodes.map(({ step, children }) => (
        <li key={`${step.assetKey.path.join("/")}.${step.column}`} className="min-w-0">
          <ColumnRefLink path={step.assetKey.path} column={step.column} className="block" />
          {children.length > 0 && <PathTree nodes={children} />}
        </li>
      ))}
    </ul>
  );
}
