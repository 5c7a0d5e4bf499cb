"use client";
// What to do with the checked rows: materialize them through the same launch path as every Materialize button (a run,
// or the backfill dialog when some are partitioned), open their partitions side by side, or clear the selection.
// Assets Strata cannot launch are left out, and the bar says which and why.
import { LINEAGE_LOCATION_NAME } from "../../lib/core/openlineage/externalSnapshot";
import type { AssetNodeListItem } from "../assets/useAssetNodes";
import { MAX_GRID_ASSETS, multiAssetPartitionsHref } from "../partitions/partitionGridLinks";
import { MaterializeButton } from "../runs/MaterializeButton";
import { Button } from "../ui/Button";
import { ButtonLink } from "../ui/ButtonLink";
import { LayersIcon } from "../ui/icons";
import type { CatalogRow } from "./catalogRows";

/** Why an asset cannot be launched from the catalog, or null when it can. */
export function launchRefusal(asset: AssetNodeListItem): string | null {
  if (asset.codeLocationName === LINEAGE_LOCATION_NAME) return "made outside Strata";
  if (asset.isSource) return "a source, observed rather than materialized";
  return null;
}

export function CatalogSelectionBar({
  selected,
  hiddenCount,
  partitioned,
  onClear,
}: {
  /** The checked rows that still exist, in table order. */
  selected: readonly CatalogRow[];
  /** How many of them the current search or filters hide. */
  hiddenCount: number;
  /** Asset key strings of partitioned assets. */
  partitioned: ReadonlySet<string>;
  onClear: () => void;
}) {
  const launchable = selected.filter((row) => launchRefusal(row.asset) === null);
  const leftOut = selected.filter((row) => launchRefusal(row.asset) !== null);
  const partitionedKeys = selected.filter((row) => partitioned.has(row.key)).map((row) => row.key);
  const launchablePartitioned = launchable.filter((row) => partitioned.has(row.key));
  // A run reads one code location's definitions; the launch would refuse a mix, so say it before the click.
  const locations = new Set(launchable.map((row) => row.asset.codeLocationName));
  const disabledReason =
    launchable.length === 0
      ? "None of the selected assets can be launched"
      : locations.size > 1
        ? `The selected assets come from ${locations.size} code locations (${[...locations].join(", ")}); a run materializes one code location's assets`
        : null;
  const count = (n: number) => `${n} asset${n === 1 ? "" : "s"}`;

  return (
    <section
      aria-label="Selected assets"
      className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-accent-200 bg-accent-50/60 px-3 py-2"
    >
      <p className="text-[13px] font-medium text-neutral-900" aria-live="polite">
        {selected.length} selected
        {hiddenCount > 0 && (
          <span className="font-normal text-neutral-600"> ({hiddenCount} hidden by the filters)</span>
        )}
      </p>
      <MaterializeButton
        label="Materialize selected"
        assetKeys={launchable.map((row) => row.asset.assetKey.path)}
        disabledReason={disabledReason}
        description={`Materialize ${count(launchable.length)}`}
      />
      {partitionedKeys.length >= 2 && (
        <ButtonLink
          href={multiAssetPartitionsHref(partitionedKeys.slice(0, MAX_GRID_ASSETS))}
          title={`The partitions of ${count(partitionedKeys.length)} side by side`}
        >
          <LayersIcon size={13} />
          Partitions
        </ButtonLink>
      )}
      <Button variant="ghost" onClick={onClear}>
        Clear selection
      </Button>
      {(launchablePartitioned.length > 0 || leftOut.length > 0) && (
        <ul className="basis-full space-y-0.5 text-xs text-neutral-700">
          {launchablePartitioned.length > 0 && (
            <li>
              {launchablePartitioned.map((row) => row.key).join(", ")}{" "}
              {launchablePartitioned.length === 1 ? "is" : "are"} partitioned: Materialize selected asks which
              partitions to launch.
            </li>
          )}
          {leftOut.map((row) => (
            <li key={row.key}>
              Left out: {row.key} is {launchRefusal(row.asset)}.
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
