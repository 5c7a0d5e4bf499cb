"use client";
// The Columns tab of an asset page: the asset's columns (name, type, description), where each comes from and where it
// goes, searchable by name; selecting a column shows its full path across assets, upstream and downstream.
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useMemo, useState } from "react";
import { errorMessage } from "../../../graphql/client/fetchGraphQL";
import { Badge } from "../../ui/Badge";
import { CodeBlock } from "../../ui/CodeBlock";
import { cx } from "../../ui/cx";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorState } from "../../ui/ErrorState";
import { FilterInput } from "../../ui/FilterInput";
import { GraphIcon, TableIcon } from "../../ui/icons";
import { Skeleton } from "../../ui/Skeleton";
import { tableHeadClass } from "../../ui/table";
import { ColumnPathPanel } from "./ColumnPathPanel";
import { ColumnRefLink, columnSelectionHref } from "./columnLinks";
import { columnMatches } from "./columnTree";
import { type AssetColumn, type AssetColumnLink, useAssetColumns } from "./useAssetColumns";

const DECLARE_EXAMPLE = `metadata: {
  schema: meta.tableSchema([
    { name: "user_id", type: "int" },
  ]),
  column_lineage: meta.columnLineage({
    user_id: [{ asset: rawUsers, column: "id" }],
  }),
}`;

export function AssetColumnsTab({ path }: { path: readonly string[] }) {
  const query = useAssetColumns(path);
  const searchParams = useSearchParams();
  const [search, setSearch] = useState("");
  const urlColumn = searchParams.get("column");
  const [selected, setSelectedState] = useState<string | null>(urlColumn);
  // A link to another column of this page changes the URL under us; follow it (adjusting state while rendering).
  const [followedUrlColumn, setFollowedUrlColumn] = useState(urlColumn);
  if (urlColumn !== followedUrlColumn) {
    setFollowedUrlColumn(urlColumn);
    if (urlColumn !== selected) setSelectedState(urlColumn);
  }
  const setSelected = (column: string | null) => {
    setSelectedState(column);
    // Kept in the URL (without a navigation), so a column's path can be linked to and survives a reload.
    const params = new URLSearchParams(window.location.search);
    if (column === null) params.delete("column");
    else params.set("column", column);
    window.history.replaceState(null, "", `${window.location.pathname}?${params.toString()}`);
  };

  const columns = query.data;
  const shown = useMemo(() => (columns ?? []).filter((c) => columnMatches(c.name, search)), [columns, search]);

  if (query.isPending) return <Skeleton className="h-64 w-full rounded-lg" />;
  if (query.isError) return <ErrorState title="Could not load the columns" message={errorMessage(query.error)} />;
  if (!columns || columns.length === 0) return <NoColumns />;

  const selectedColumn = columns.find((c) => c.name === selected) ?? null;
  const searchText = search.trim();
  return (
    <div className="grid grid-cols-1 gap-5 xl:grid-cols-[minmax(0,1fr)_380px]">
      <div className="flex min-w-0 flex-col gap-3">
        <div className="flex flex-wrap items-center gap-3">
          <FilterInput
            label="Search columns"
            placeholder="Search columns, e.g. user or *_id"
            value={search}
            onChange={setSearch}
          />
          <span className="text-xs text-neutral-500 tabular-nums">
            {shown.length === columns.length
              ? `${columns.length} columns`
              : `${shown.length} of ${columns.length} columns`}
          </span>
          {searchText && (
            <Link
              href={columnSelectionHref(
                columns.some((c) => c.name === searchText) || searchText.includes("*") ? searchText : `*${searchText}*`,
              )}
              className="ml-auto inline-flex items-center gap-1.5 text-[13px] font-medium text-accent-700 hover:underline"
            >
              <GraphIcon size={14} /> Assets with a matching column
            </Link>
          )}
        </div>
        <ColumnsTable
          path={path}
          columns={shown}
          selected={selectedColumn?.name ?? null}
          onSelect={(name) => setSelected(name === selectedColumn?.name ? null : name)}
          searchText={searchText}
        />
      </div>
      <div className="min-w-0">
        <ColumnPathPanel path={path} column={selectedColumn} onClose={() => setSelected(null)} />
      </div>
    </div>
  );
}

function ColumnsTable({
  path,
  columns,
  selected,
  onSelect,
  searchText,
}: {
  path: readonly string[];
  columns: readonly AssetColumn[];
  selected: string | null;
  onSelect: (name: string) => void;
  searchText: string;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-neutral-200 bg-white shadow-xs">
      <table aria-label="Columns" className="w-full min-w-[760px] text-left text-[13px]">
        <thead className={tableHeadClass}>
          <tr>
            <th scope="col" className="w-52 px-4 py-2">
              Column
            </th>
            <th scope="col" className="w-24 px-3 py-2">
              Type
            </th>
            <th scope="col" className="px-3 py-2">
              Description
            </th>
            <th scope="col" className="w-56 px-3 py-2">
              Comes from
            </th>
            <th scope="col" className="w-56 px-4 py-2">
              Goes to
            </th>
          </tr>
        </thead>
        <tbody>
          {columns.length === 0 && (
            <tr>
              <td colSpan={5} className="px-4 py-6 text-center text-neutral-500">
                No column of this asset matches “{searchText}”.
              </td>
            </tr>
          )}
          {columns.map((column) => {
            const isSelected = column.name === selected;
            return (
              <tr
                key={column.name}
                aria-selected={isSelected}
                className={cx(
                  "border-b border-neutral-100 align-top last:border-b-0",
                  isSelected ? "bg-accent-50" : "hover:bg-neutral-50",
                )}
              >
                <th scope="row" className="px-4 py-2.5 font-normal">
                  <button
                    type="button"
                    aria-pressed={isSelected}
                    title={isSelected ? "Hide this column's path" : "Show this column's full path across assets"}
                    onClick={() => onSelect(column.name)}
                    className={cx(
                      "max-w-full truncate rounded-sm text-left font-mono text-[13px] font-medium hover:text-accent-700 hover:underline",
                      isSelected ? "text-accent-800" : "text-neutral-900",
                    )}
                  >
                    {column.name}
                  </button>
                  {!column.declared && (
                    <div className="mt-1">
                      <Badge
                        tone="amber"
                        title={`Another asset's column lineage reads ${path.join("/")}.${column.name}, but this asset does not declare it.`}
                      >
                        not declared
                      </Badge>
                    </div>
                  )}
                </th>
                <td className="px-3 py-2.5 font-mono text-[12px] text-neutral-600">{column.type ?? "—"}</td>
                <td className="px-3 py-2.5 text-neutral-600">
                  {column.description ?? <span className="text-neutral-300">—</span>}
                </td>
                <td className="px-3 py-2.5">
                  <ColumnLinks
                    links={column.upstream}
                    label={`${column.name} comes from`}
                    empty="—"
                    direction="upstream"
                  />
                </td>
                <td className="px-4 py-2.5">
                  <ColumnLinks
                    links={column.downstream}
                    label={`${column.name} goes to`}
                    empty="—"
                    direction="downstream"
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function ColumnLinks({
  links,
  label,
  empty,
  direction,
}: {
  links: readonly AssetColumnLink[];
  label: string;
  empty: string;
  direction: "upstream" | "downstream";
}) {
  if (links.length === 0) return <span className="text-neutral-300">{empty}</span>;
  return (
    <ul aria-label={label} className="flex flex-col gap-1">
      {links.map((link) => (
        <li
          key={`${link.assetKey.path.join("/")}.${link.column}`}
          className="flex min-w-0 flex-wrap items-center gap-1"
        >
          <ColumnRefLink path={link.assetKey.path} column={link.column} />
          <LinkProblem link={link} direction={direction} />
        </li>
      ))}
    </ul>
  );
}

/** What does not add up about a link, if anything: an unknown asset, an asset that is not upstream, an unknown column. */
export function LinkProblem({ link, direction }: { link: AssetColumnLink; direction: "upstream" | "downstream" }) {
  const problem = !link.assetExists
    ? { text: "unknown asset", title: "No loaded code location defines this asset." }
    : !link.isDependency
      ? {
          text: "not upstream",
          title:
            direction === "upstream"
              ? "This asset's column lineage reads it, but the asset is not among its upstream assets (ins or deps)."
              : "That asset's column lineage reads this column, but this asset is not among its upstream assets.",
        }
      : link.columnKnown === false
        ? { text: "unknown column", title: "The asset declares its columns, and this is not one of them." }
        : null;
  if (!problem) return null;
  return (
    <Badge tone="amber" title={problem.title}>
      {problem.text}
    </Badge>
  );
}

function NoColumns() {
  return (
    <div className="rounded-lg border border-neutral-200 bg-white shadow-xs">
      <EmptyState icon={<TableIcon size={22} />} title="No columns declared">
        <p>
          This asset declares no table schema or column lineage. Add them to the asset&apos;s metadata to see its
          columns here, where each comes from and where it goes:
        </p>
        <CodeBlock className="mt-3 text-left">{DECLARE_EXAMPLE}</CodeBlock>
        <p className="mt-3">
          A materialization can record them too (<code className="font-mono text-[12px]">ctx.addOutputMetadata</code>
          ), as can an OpenLineage run event&apos;s schema and columnLineage facets.
        </p>
      </EmptyState>
    </div>
  );
}
