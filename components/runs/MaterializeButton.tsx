"use client";
// Launches a run for a set of assets and opens its page; a refused launch is explained right under the button.
// When any of the assets is partitioned it opens the launch backfill dialog instead, starting from every partition (or
// only the unsynced ones).
import { useRouter } from "next/navigation";
import { type ReactNode, useMemo, useState } from "react";
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import { usePermission } from "../auth/useViewer";
import { refusedControlProps } from "../auth/viewerPermission";
import type { BackfillTarget } from "../backfills/backfillTarget";
import { LaunchBackfillDialog } from "../backfills/LaunchBackfillDialog";
import { useAssetPartitionSummaries } from "../partitions/usePartitions";
import { Button } from "../ui/Button";
import { cx } from "../ui/cx";
import { PlayIcon } from "../ui/icons";
import { LaunchErrorAlert, type LaunchProblem, toLaunchProblem } from "./LaunchErrorAlert";
import { runPageHref } from "./runLinks";
import type { LaunchRunInput } from "./useLaunchRun";
import { useLaunchRun } from "./useLaunchRun";

export function MaterializeButton({
  assetKeys,
  label = "Materialize",
  variant = "primary",
  disabledReason,
  description,
  extraInput,
  onlyUnsynced = false,
  className,
  children,
}: {
  /** The asset key paths to materialize. */
  assetKeys: ReadonlyArray<readonly string[]>;
  label?: string;
  variant?: "primary" | "secondary";
  /** When set the button is disabled and this explains why (as its tooltip). */
  disabledReason?: string | null;
  /** Tooltip when enabled, e.g. "Materialize 5 assets matching the selection". */
  description?: string;
  extraInput?: Omit<LaunchRunInput, "assetSelection">;
  /** Partitioned assets: the backfill dialog starts from only their unsynced partitions. */
  onlyUnsynced?: boolean;
  className?: string;
  /** Extra content after the label, hidden from the accessible name (e.g. a count). */
  children?: ReactNode;
}) {
  const router = useRouter();
  const launch = useLaunchRun();
  const [problem, setProblem] = useState<LaunchProblem | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const summaries = useAssetPartitionSummaries();
  // Callers often pass a fresh array each render; key the lookup on the keys themselves. A caller that passes the same
  // array again (the catalog's unfiltered rows, 100,000 keys, when a search is cleared) gets what was built for it.
  const keyList = keyListOf(assetKeys);
  const targets = useMemo(() => targetsOf(keyList, summaries.data), [keyList, summaries.data]);
  // A run for a chosen partition launches as asked; otherwise partitioned assets need partitions chosen first.
  const needsPartitions = !extraInput?.partitionKey && targets.some((t) => t.partitionsDefinition !== null);
  // Until we know which assets are partitioned a click could launch the wrong thing; if that lookup fails, launch runs as before.
  const checking = summaries.isPending && !extraInput?.partitionKey;
  const disabled = Boolean(disabledReason) || assetKeys.length === 0 || checking;
  // Partitioned assets go through the backfill dialog, which needs LAUNCH_BACKFILLS; the viewer's refusal reads on the button.
  const mayLaunchRuns = usePermission("LAUNCH_RUNS");
  const mayLaunchBackfills = usePermission("LAUNCH_BACKFILLS");
  const refusal = disabled ? null : needsPartitions ? mayLaunchBackfills.refusal : mayLaunchRuns.refusal;

  const onClick = () => {
    if (refusal) return;
    setProblem(null);
    if (needsPartitions) {
      setDialogOpen(true);
      return;
    }
    launch.mutate(
      { ...extraInput, assetSelection: assetKeys.map((path) => ({ path: [...path] })) },
      {
        onSuccess: (result) => {
          if (result.__typename === "LaunchRunSuccess") router.push(runPageHref(result.run.runId));
          else setProblem(toLaunchProblem(result));
        },
        onError: (error) => setProblem({ title: "Could not launch the run", message: errorMessage(error) }),
      },
    );
  };

  return (
    <div className={cx("relative inline-flex", className)}>
      {/* Disabled buttons swallow hover, so the tooltip sits on a wrapper. */}
      <span
        title={
          disabled
            ? (disabledReason ?? (checking ? "Checking which assets are partitioned" : "Nothing to materialize"))
            : refusal
              ? undefined
              : needsPartitions
                ? `${description ?? label}: choose partitions to backfill`
                : description
        }
        className="inline-flex"
      >
        <Button
          variant={variant}
          disabled={disabled || launch.isPending}
          onClick={onClick}
          aria-busy={launch.isPending || undefined}
          aria-haspopup={needsPartitions && !refusal ? "dialog" : undefined}
          {...refusedControlProps(refusal)}
        >
          <PlayIcon size={13} className={cx(launch.isPending && "animate-pulse")} />
          {launch.isPending ? "Launching…" : needsPartitions ? `${label}…` : label}
          {children && <span aria-hidden="true">{children}</span>}
        </Button>
      </span>
      {problem && (
        <LaunchErrorAlert
          problem={problem}
          onDismiss={() => setProblem(null)}
          className="absolute top-full right-0 z-30 mt-1.5"
        />
      )}
      {dialogOpen && (
        <LaunchBackfillDialog targets={targets} onlyUnsynced={onlyUnsynced} onClose={() => setDialogOpen(false)} />
      )}
    </div>
  );
}

type PartitionSummaries = ReturnType<typeof useAssetPartitionSummaries>["data"];

const keyLists = new WeakMap<ReadonlyArray<readonly string[]>, string>();

function keyListOf(assetKeys: ReadonlyArray<readonly string[]>): string {
  let keyList = keyLists.get(assetKeys);
  if (keyList === undefined) {
    keyList = JSON.stringify(assetKeys);
    keyLists.set(assetKeys, keyList);
  }
  return keyList;
}

/** The last few key lists' targets per partition summaries answer. */
const targetsBySummaries = new WeakMap<object, Map<string, BackfillTarget[]>>();
const NO_SUMMARIES = {};
const TARGET_LISTS_KEPT = 4;

function targetsOf(keyList: string, summaries: PartitionSummaries): BackfillTarget[] {
  let kept = targetsBySummaries.get(summaries ?? NO_SUMMARIES);
  if (!kept) {
    kept = new Map();
    targetsBySummaries.set(summaries ?? NO_SUMMARIES, kept);
  }
  const found = kept.get(keyList);
  if (found) return found;
  const byKey = new Map((summaries ?? []).map((s) => [JSON.stringify(s.assetKey.path), s]));
  const paths = JSON.parse(keyList) as string[][];
  const targets = paths.map(
    (path): BackfillTarget =>
      byKey.get(JSON.stringify(path)) ?? {
        assetKey: { path },
        partitionsDefinition: null,
        acceptsPartitionRange: false,
      },
  );
  kept.set(keyList, targets);
  if (kept.size > TARGET_LISTS_KEPT) kept.delete(kept.keys().next().value as string);
  return targets;
}
