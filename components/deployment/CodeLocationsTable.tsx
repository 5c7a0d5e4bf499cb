"use client";
// The code locations table; a location that failed to load shows its error and stack under its row.
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import type { CodeLocationLoadStatus } from "../../graphql/client/generated/graphql";
import { RELOAD_CHANGE_LABELS } from "../../lib/core/reloadChange";
import { usePermission } from "../auth/useViewer";
import { type PermissionAnswer, refusedControlProps } from "../auth/viewerPermission";
import { Badge, type BadgeTone } from "../ui/Badge";
import { Button } from "../ui/Button";
import { cx } from "../ui/cx";
import { type ColumnHead, DataTable } from "../ui/DataTable";
import { RefreshIcon } from "../ui/icons";
import { RelativeTime } from "../ui/RelativeTime";
import type { CodeLocation } from "./useCodeLocations";
import { useReloadCodeLocation } from "./useCodeLocations";

const statusTone: Record<CodeLocationLoadStatus, BadgeTone> = { LOADED: "green", LOADING: "blue", ERROR: "red" };
const statusLabel: Record<CodeLocationLoadStatus, string> = { LOADED: "Loaded", LOADING: "Loading", ERROR: "Error" };

const columns: ColumnHead[] = [
  { header: "Name" },
  { header: "Module" },
  { header: "Status" },
  { header: "Assets", align: "right" },
  { header: "Last loaded" },
  { header: <span className="sr-only">Actions</span> },
];

export function CodeLocationsTable({ locations }: { locations: CodeLocation[] }) {
  const reload = useReloadCodeLocation();
  const { refusal } = usePermission("RELOAD_CODE_LOCATIONS");
  return (
    <DataTable
      label="Code locations"
      headDensity="regular"
      gutters="wide"
      columns={columns}
      rows={locations}
      rowKey={(location) => location.id}
      renderRow={(location) => <CodeLocationRow location={location} reload={reload} refusal={refusal} />}
    />
  );
}

function CodeLocationRow({
  location,
  reload,
  refusal,
}: {
  location: CodeLocation;
  reload: ReturnType<typeof useReloadCodeLocation>;
  refusal: PermissionAnswer["refusal"];
}) {
  const reloadingName = reload.isPending ? reload.variables : null;
  const reloadResult = reload.data;
  const reloading = reloadingName === location.name || location.loadStatus === "LOADING";
  const failedReload =
    reload.isError && reload.variables === location.name
      ? errorMessage(reload.error)
      : reloadResult && reloadResult.__typename !== "CodeLocation" && reload.variables === location.name
        ? reloadResult.message
        : null;
  const reloadedChange =
    reloadResult?.__typename === "CodeLocation" && reload.variables === location.name && !reload.isPending
      ? reloadResult.lastReloadChange
      : null;
  return (
    <>
      <tr className={cx("align-middle", location.loadError ? "" : "border-b border-neutral-100 last:border-b-0")}>
        <td className="px-4 py-3 font-medium text-neutral-900">{location.name}</td>
        <td className="px-4 py-3 font-mono text-xs text-neutral-600">{location.modulePath}</td>
        <td className="px-4 py-3">
          <Badge tone={statusTone[location.loadStatus]}>
            <span
              className={cx(
                "size-1.5 rounded-full",
                location.loadStatus === "LOADED"
                  ? "bg-emerald-500"
                  : location.loadStatus === "ERROR"
                    ? "bg-red-500"
                    : "animate-pulse bg-sky-500",
              )}
            />
            {statusLabel[location.loadStatus]}
          </Badge>
        </td>
        <td className="px-4 py-3 text-right text-neutral-700 tabular-nums">{location.assetCount}</td>
        <td
          className="px-4 py-3 text-neutral-600"
          title={location.codeHash ? `Code hash ${location.codeHash}` : undefined}
        >
          <RelativeTime timestamp={location.updatedTimestamp} />
        </td>
        <td className="px-4 py-3 text-right">
          <Button
            onClick={() => !refusal && reload.mutate(location.name)}
            disabled={reloading}
            aria-label={`Reload ${location.name}`}
            {...refusedControlProps(refusal)}
          >
            <RefreshIcon size={14} className={reloading ? "animate-spin" : undefined} />
            {reloading ? "Reloading…" : "Reload"}
          </Button>
          {failedReload && (
            <p role="alert" className="mt-1 text-xs text-red-600">
              {failedReload}
            </p>
          )}
          {reloadedChange && (
            <p role="status" className="mt-1 text-xs text-neutral-600">
              Reloaded: {RELOAD_CHANGE_LABELS[reloadedChange]}
            </p>
          )}
        </td>
      </tr>
      {location.loadError && (
        <tr className="border-b border-neutral-100 last:border-b-0">
          {/* max-w-0: a long stack line scrolls inside its box instead of widening the table past the Reload button. */}
          <td colSpan={6} className="max-w-0 px-4 pt-0 pb-4">
            <div className="overflow-hidden rounded-md border border-red-200 bg-red-50/60">
              <p className="border-b border-red-200 px-3 py-2 text-[13px] font-medium break-words text-red-800">
                {location.loadError.message}
              </p>
              {location.loadError.stack && (
                <pre
                  aria-label={`Stack trace for ${location.name}`}
                  tabIndex={0}
                  className="max-h-72 overflow-auto px-3 py-2.5 font-mono text-[11.5px] leading-[1.6] text-red-900/80"
                >
                  {location.loadError.stack}
                </pre>
              )}
            </div>
          </td>
        </tr>
      )}
    </>
  );
}
