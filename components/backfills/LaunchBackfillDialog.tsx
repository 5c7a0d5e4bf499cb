"use client";
// The launch backfill dialog: which assets, which partitions (as editable text), only missing and failed or all,
// one run per partition or one run per range, and tags; it previews how many partitions and runs it will launch,
// shows each refusal next to the field it is about, and opens the backfill's page once launched. One partition of
// assets partitioned alike launches as a plain run instead (as `strata materialize --partition` does), opening its page.
import { useRouter } from "next/navigation";
import { type ReactNode, useMemo, useState } from "react";
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import type { BackfillStrategy } from "../../graphql/client/generated/graphql";
import { PARTITION_RANGE_SEPARATOR } from "../../lib/core/partitions";
import { usePermission } from "../auth/useViewer";
import { refusedControlProps } from "../auth/viewerPermission";
import { PartitionRangeInput } from "../partitions/PartitionRangeInput";
import { runPageHref } from "../runs/runLinks";
import { useDebouncedValue } from "../runs/useDebouncedValue";
import { useLaunchRun } from "../runs/useLaunchRun";
import type { RunTag } from "../runs/useRuns";
import { Button } from "../ui/Button";
import { PlayIcon } from "../ui/icons";
import { BackfillAssetList } from "./BackfillAssetList";
import { BackfillPreviewSummary } from "./BackfillPreviewSummary";
import { type BackfillProblem, FieldProblem, problemField } from "./BackfillProblem";
import { BackfillStrategyPicker } from "./BackfillStrategyPicker";
import { BackfillTagsEditor, completeTags } from "./BackfillTagsEditor";
import { backfillPageHref } from "./backfillLinks";
import { type BackfillTarget, rangeRunBlockers, sharedPartitionsDefinition } from "./backfillTarget";
import { ModalDialog } from "./ModalDialog";
import { UpstreamGapsNotice } from "./UpstreamGapsNotice";
import { useAllPartitionsText } from "./useAllPartitionsText";
import type { LaunchPartitionBackfillInput } from "./useBackfillMutations";
import { useLaunchPartitionBackfill } from "./useBackfillMutations";
import { usePartitionBackfillPreview } from "./usePartitionBackfillPreview";

export function LaunchBackfillDialog({
  targets: initialTargets,
  partitionSelection,
  onlyUnsynced: startUnsynced = false,
  onClose,
}: {
  /** The assets to backfill; unpartitioned ones get one run of their own. */
  targets: readonly BackfillTarget[];
  /**
   * The partitions to start from, as selection text; omitted to start from the latest partition (or, with
   * onlyUnsynced, from exactly the unsynced partitions of a single asset), with every partition a click away.
   */
  partitionSelection?: string;
  /** Start with "only unsynced partitions" on: each asset's own unsynced partitions within the selection. */
  onlyUnsynced?: boolean;
  onClose: () => void;
}) {
  const router = useRouter();
  // The dialog launches what it was opened for, even if the asset list refreshes underneath it.
  const [targets] = useState(initialTargets);
  const allPartitions = useAllPartitionsText(targets, partitionSelection === undefined);
  const [typed, setTyped] = useState<string | null>(partitionSelection ?? null);
  // Until the user types, the field shows the latest partition once that text has loaded; "only unsynced" starts
  // from every partition, narrowed below to exactly the unsynced ones once the preview names them.
  const text = typed ?? (startUnsynced ? allPartitions.text : allPartitions.latest) ?? "";
  // Assets partitioned differently share no selection text: the backfill then covers every partition of each.
  const everyPartition = partitionSelection === undefined && !allPartitions.shared;
  const [onlyMissingOrFailed, setOnlyMissingOrFailed] = useState(false);
  const [onlyUnsynced, setOnlyUnsynced] = useState(startUnsynced);
  // Missing upstream partitions the chosen ones read: taken into the backfill (upstream first) on request.
  const [includeUpstream, setIncludeUpstream] = useState(false);
  const [strategy, setStrategy] = useState<BackfillStrategy>("ONE_RUN_PER_PARTITION");
  const [tags, setTags] = useState<RunTag[]>([]);
  const [launchProblem, setLaunchProblem] = useState<BackfillProblem | null>(null);

  const rangeBlockers = useMemo(() => rangeRunBlockers(targets), [targets]);
  const hasPartitioned = targets.some((t) => t.partitionsDefinition !== null);
  const rangeAllowed = hasPartitioned && rangeBlockers.length === 0;

  const input = useMemo<LaunchPartitionBackfillInput>(
    () => ({
      assetSelection: targets.map((t) => ({ path: [...t.assetKey.path] })),
      partitionSelection: everyPartition ? null : text.trim(),
      onlyMissingOrFailed,
      onlyUnsynced,
      includeMissingUpstream: includeUpstream,
      strategy: rangeAllowed ? strategy : "ONE_RUN_PER_PARTITION",
      tags: completeTags(tags),
    }),
    [everyPartition, includeUpstream, onlyMissingOrFailed, onlyUnsynced, rangeAllowed, strategy, tags, targets, text],
  );
  const waitingForText = !everyPartition && text.trim() === "";
  const debouncedInput = useDebouncedValue(input, 250);
  const preview = usePartitionBackfillPreview(waitingForText ? null : debouncedInput);
  const previewProblem: BackfillProblem | null =
    preview.data && preview.data.__typename !== "PartitionBackfillPreview"
      ? preview.data
      : preview.isError
        ? { __typename: "LaunchRunError", message: errorMessage(preview.error) }
        : null;
  const problem = launchProblem ?? previewProblem;
  // "Materialize unsynced" of one asset: once the preview names its unsynced partitions, the field shows exactly those.
  const unsyncedText =
    startUnsynced && typed === null && targets.length === 1 && preview.data?.__typename === "PartitionBackfillPreview"
      ? (preview.data.assets[0]?.partitionSelection ?? null)
      : null;
  // Adjusted while rendering (React's pattern for state derived from a prop or query), once: typed is then set.
  if (unsyncedText !== null) setTyped(unsyncedText);
  const field = problem ? problemField(problem) : null;

  const launch = useLaunchPartitionBackfill();
  const launchRun = useLaunchRun();
  // Set once launched: the button stays busy while the next page opens, so a second click cannot launch twice.
  const [launchedId, setLaunchedId] = useState<string | null>(null);
  const previewReady =
    preview.data?.__typename === "PartitionBackfillPreview" && !preview.isPlaceholderData && debouncedInput === input;
  const numRuns = preview.data?.__typename === "PartitionBackfillPreview" ? preview.data.numRuns : null;
  // "Only missing and failed" or "only unsynced" may leave out some assets of the partition, which only a backfill can
  // express.
  const singlePartitionKey =
    previewReady &&
    !onlyMissingOrFailed &&
    !onlyUnsynced &&
    !includeUpstream &&
    !everyPartition &&
    sharedPartitionsDefinition(targets) !== null &&
    preview.data?.__typename === "PartitionBackfillPreview" &&
    preview.data.numPartitions === 1
      ? singleKeyOf(text)
      : null;

  const onLaunch = () => {
    setLaunchProblem(null);
    if (singlePartitionKey !== null) {
      launchRun.mutate(
        { assetSelection: input.assetSelection, partitionKey: singlePartitionKey, tags: input.tags },
        {
          onSuccess: (result) => {
            if (result.__typename === "LaunchRunSuccess") {
              setLaunchedId(result.run.runId);
              router.push(runPageHref(result.run.runId));
            } else
              setLaunchProblem(
                result.__typename === "JobNotFoundError"
                  ? { __typename: "LaunchRunError", message: result.message }
                  : result,
              );
          },
          onError: (error) => setLaunchProblem({ __typename: "LaunchRunError", message: errorMessage(error) }),
        },
      );
      return;
    }
    launch.mutate(input, {
      onSuccess: (result) => {
        if (result.__typename === "LaunchPartitionBackfillSuccess") {
          setLaunchedId(result.backfill.backfillId);
          router.push(backfillPageHref(result.backfill.backfillId));
        } else setLaunchProblem(result);
      },
      onError: (error) => setLaunchProblem({ __typename: "LaunchRunError", message: errorMessage(error) }),
    });
  };
  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      setLaunchProblem(null);
      set(value);
    };

  const previewed = preview.data?.__typename === "PartitionBackfillPreview" ? preview.data : null;
  const targetKeys = new Set(targets.map((t) => t.assetKey.path.join("/")));
  const addedAssets = includeUpstream
    ? (previewed?.assets ?? []).map((a) => a.assetKey.path.join("/")).filter((key) => !targetKeys.has(key))
    : [];

  const busy = launch.isPending || launchRun.isPending || launchedId !== null;
  const mayLaunchRuns = usePermission("LAUNCH_RUNS");
  const mayLaunchBackfills = usePermission("LAUNCH_BACKFILLS");
  const refusal = singlePartitionKey !== null ? mayLaunchRuns.refusal : mayLaunchBackfills.refusal;
  const canLaunch =
    !waitingForText &&
    !busy &&
    field !== "partitions" &&
    field !== "assets" &&
    previewReady &&
    numRuns !== 0 &&
    !(preview.data?.__typename === "PartitionBackfillPreview" && preview.data.limitError);

  return (
    <ModalDialog
      title="Materialize partitions"
      subtitle={`Materialize partitions of ${targets.length === 1 ? (targets[0]?.assetKey.path.join("/") ?? "1 asset") : `${targets.length} assets`}`}
      onClose={onClose}
      footer={
        <>
          {field === "general" && problem && <FieldProblem problem={problem} className="mr-auto max-w-md" />}
          <Button onClick={onClose}>Cancel</Button>
          <Button
            variant="primary"
            onClick={refusal ? undefined : onLaunch}
            disabled={!canLaunch}
            aria-busy={busy || undefined}
            {...refusedControlProps(canLaunch ? refusal : null)}
          >
            <PlayIcon size={13} className={busy ? "animate-pulse" : undefined} />
            {launchedId !== null
              ? singlePartitionKey !== null
                ? "Opening run…"
                : "Opening backfill…"
              : launch.isPending || launchRun.isPending
                ? "Launching…"
                : singlePartitionKey !== null
                  ? "Launch run"
                  : numRuns !== null && previewReady
                    ? `Launch backfill (${runsLabel(numRuns)})`
                    : "Launch backfill"}
          </Button>
        </>
      }
    >
      <div className="space-y-5">
        <Field label={`Assets (${targets.length})`}>
          <BackfillAssetList
            targets={targets}
            preview={preview.data?.__typename === "PartitionBackfillPreview" ? preview.data : null}
          />
          {field === "assets" && problem && <FieldProblem problem={problem} className="mt-2" />}
          {previewed && (
            <div className="mt-2">
              <UpstreamGapsNotice
                gaps={previewReady ? previewed.upstreamGaps : null}
                included={includeUpstream}
                addedAssets={addedAssets}
                onInclude={edit(setIncludeUpstream)}
              />
            </div>
          )}
        </Field>

        <Field label="Partitions">
          {everyPartition ? (
            <p className="rounded-md bg-neutral-50 px-3 py-2 text-[13px] text-neutral-700 ring-1 ring-neutral-200 ring-inset">
              Every partition of each asset. These assets are partitioned differently, so one range cannot name
              partitions of all of them; backfill them one at a time to choose partitions.
            </p>
          ) : (
            <>
              <PartitionRangeInput
                value={text}
                onChange={edit(setTyped)}
                readOnly={typed === null && allPartitions.loading}
                error={field === "partitions" && problem ? problem.message : null}
                placeholder={
                  allPartitions.loading
                    ? "Loading partitions…"
                    : `2026-01-01${PARTITION_RANGE_SEPARATOR}2026-01-31, 2026-02-03`
                }
              />
              {partitionSelection === undefined && allPartitions.text !== null && (
                <div role="group" aria-label="Start from" className="mt-2 flex flex-wrap items-center gap-1.5">
                  <span className="mr-1 text-xs font-medium text-neutral-500">Start from</span>
                  <StartFromButton
                    pressed={text === allPartitions.latest}
                    onClick={() => edit(setTyped)(allPartitions.latest ?? "")}
                  >
                    Latest partition
                  </StartFromButton>
                  <StartFromButton
                    pressed={text === allPartitions.text}
                    onClick={() => edit(setTyped)(allPartitions.text ?? "")}
                  >
                    All {allPartitions.count.toLocaleString()} partitions
                  </StartFromButton>
                </div>
              )}
              {field !== "partitions" && (
                <p className="mt-1.5 text-xs text-neutral-500">
                  Comma-separated keys and ranges; <code className="font-mono">a...b</code> includes both ends.
                  {targets.some((t) => t.partitionsDefinition?.kind === "MULTI") && (
                    <>
                      {" "}
                      For two dimensions,{" "}
                      <code className="font-mono">{`2026-01-01|us${PARTITION_RANGE_SEPARATOR}2026-01-07|eu`}</code> is
                      the rectangle between two keys.
                    </>
                  )}
                </p>
              )}
            </>
          )}
          <label className="mt-3 flex items-center gap-2 text-[13px] text-neutral-800">
            <input
              type="checkbox"
              checked={onlyMissingOrFailed}
              onChange={(e) => edit(setOnlyMissingOrFailed)(e.target.checked)}
              className="size-4 rounded border-neutral-300 accent-accent-600"
            />
            Only missing and failed partitions
          </label>
          <label className="mt-2 flex items-center gap-2 text-[13px] text-neutral-800">
            <input
              type="checkbox"
              checked={onlyUnsynced}
              onChange={(e) => edit(setOnlyUnsynced)(e.target.checked)}
              className="size-4 rounded border-neutral-300 accent-accent-600"
            />
            Only unsynced partitions
            <span className="text-neutral-500">(code or upstream data changed since they materialized)</span>
          </label>
        </Field>

        <Field label="Runs">
          <BackfillStrategyPicker
            value={rangeAllowed ? strategy : "ONE_RUN_PER_PARTITION"}
            onChange={edit(setStrategy)}
            rangeAllowed={rangeAllowed}
            blockers={rangeBlockers}
          />
        </Field>

        <Field label="Tags">
          <BackfillTagsEditor tags={tags} onChange={edit(setTags)} />
        </Field>

        <BackfillPreviewSummary
          waitingForText={waitingForText}
          loading={preview.isFetching || debouncedInput !== input}
          preview={preview.data?.__typename === "PartitionBackfillPreview" ? preview.data : null}
          blocked={field === "partitions" || field === "assets"}
        />
      </div>
    </ModalDialog>
  );
}

/** The key when the text names exactly one partition ("2026-01-05"), not a list or a range. */
function singleKeyOf(text: string): string | null {
  const key = text.trim();
  return key !== "" && !key.includes(",") && !key.includes(PARTITION_RANGE_SEPARATOR) ? key : null;
}

function StartFromButton({
  pressed,
  onClick,
  children,
}: {
  pressed: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onClick}
      className="inline-flex h-7 items-center rounded-full bg-white px-3 text-xs font-medium text-neutral-700 ring-1 ring-neutral-300 ring-inset hover:bg-accent-50 hover:text-accent-800 aria-pressed:bg-accent-50 aria-pressed:text-accent-800 aria-pressed:ring-accent-300"
    >
      {children}
    </button>
  );
}

function runsLabel(n: number): string {
  return `${n.toLocaleString()} run${n === 1 ? "" : "s"}`;
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <section aria-label={label}>
      <h3 className="mb-1.5 text-[11px] font-semibold tracking-wide text-neutral-500 uppercase">{label}</h3>
      {children}
    </section>
  );
}
