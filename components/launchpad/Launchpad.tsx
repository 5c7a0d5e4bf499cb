"use client";
// The launchpad: run config in a schema-aware YAML editor, presets, a partition, tags, the steps the run will take,
// and Launch — disabled, with the errors listed, until the config is valid.
import { useRouter } from "next/navigation";
import { type ReactNode, useCallback, useMemo, useRef, useState } from "react";
import { errorMessage } from "../../graphql/client/fetchGraphQL";
// Single modules, not the index: the index also brings the server's validator, which the browser must not load.
import { formatConfigError } from "../../lib/core/runConfig/formatConfigError";
import { scaffoldRunConfigText } from "../../lib/core/runConfig/scaffoldRunConfig";
import type { JsonSchema } from "../../lib/core/runConfig/types";
import { ConfirmDialog } from "../admin/ConfirmDialog";
import { AssetKeyLabel } from "../assets/AssetKeyLabel";
import { usePermission } from "../auth/useViewer";
import { refusedControlProps } from "../auth/viewerPermission";
import { BackfillTagsEditor, completeTags } from "../backfills/BackfillTagsEditor";
import { runPageHref } from "../runs/runLinks";
import { useLaunchRun } from "../runs/useLaunchRun";
import type { RunTag } from "../runs/useRuns";
import { Button } from "../ui/Button";
import { cx } from "../ui/cx";
import { AlertIcon, CheckCircleIcon, PlayIcon } from "../ui/icons";
import { configErrorRange, lineAndColumn } from "./configErrorPlace";
import { LaunchpadPartitionPicker, type PartitionChoice } from "./LaunchpadPartitionPicker";
import { RunConfigEditor, type RunConfigEditorHandle } from "./RunConfigEditor";
import type { RunConfigSchemaResult, RunConfigTarget } from "./useLaunchpad";
import { useRunConfigCheck } from "./useRunConfigCheck";

export interface LaunchpadStart {
  runConfigYaml: string;
  tags: RunTag[];
  partitionKey: string | null;
}

export function Launchpad({
  target,
  schema: result,
  start,
}: {
  target: RunConfigTarget;
  schema: RunConfigSchemaResult;
  start: LaunchpadStart;
}) {
  const router = useRouter();
  const schema = useMemo(() => JSON.parse(result.jsonSchema) as JsonSchema, [result.jsonSchema]);
  const [text, setText] = useState(start.runConfigYaml);
  // The text as last loaded (the start, a preset, Reset): anything else in the editor is the user's edits.
  const [loaded, setLoaded] = useState(start.runConfigYaml);
  const [pendingPreset, setPendingPreset] = useState<string | null>(null);
  const editorRef = useRef<RunConfigEditorHandle>(null);
  const [tags, setTags] = useState<RunTag[]>(start.tags);
  const [preset, setPreset] = useState("");
  const [partition, setPartition] = useState<PartitionChoice | null>(
    start.partitionKey !== null ? { key: start.partitionKey, problem: null } : null,
  );
  const check = useRunConfigCheck(target, text);
  const partitioned = result.partitionedAssetCount > 0;

  const launch = useLaunchRun();
  const [launchProblem, setLaunchProblem] = useState<string | null>(null);
  const [launchedRunId, setLaunchedRunId] = useState<string | null>(null);

  const applyPreset = (name: string) => {
    setPreset(name);
    const chosen = result.job?.presets.find((p) => p.name === name);
    if (!chosen) return;
    setText(chosen.runConfigYaml);
    setLoaded(chosen.runConfigYaml);
    // The preset's tags replace those of another preset, and join the job's and the user's own.
    const presetKeys = new Set(chosen.tags.map((t) => t.key));
    setTags([...tags.filter((t) => !presetKeys.has(t.key)), ...chosen.tags]);
  };
  // A preset replaces the editor's text: with edits in it, ask first, and keep them on Cancel.
  const choosePreset = (name: string) => {
    const chosen = result.job?.presets.find((p) => p.name === name);
    if (chosen && text !== loaded && text !== chosen.runConfigYaml) setPendingPreset(name);
    else applyPreset(name);
  };

  const blockers: Blocker[] = [
    ...check.errors.map((error) => ({ message: formatConfigError(error), at: configErrorRange(text, error).from })),
    ...[
      ...(check.targetProblem ? [check.targetProblem] : []),
      ...(partitioned && !result.partitionsDefinition
        ? ["These assets are partitioned differently; launch them one at a time, or backfill."]
        : []),
      ...(partitioned && result.partitionsDefinition && (!partition || partition.problem)
        ? [partition?.problem ?? "Choose a partition."]
        : []),
    ].map((message) => ({ message, at: null })),
  ];
  const busy = launch.isPending || launchedRunId !== null;
  const canLaunch = blockers.length === 0 && check.confirmed && !busy;
  const { refusal } = usePermission("LAUNCH_RUNS");

  const onLaunch = useCallback(() => {
    setLaunchProblem(null);
    launch.mutate(
      {
        ...(target.jobName
          ? { jobName: target.jobName }
          : { assetSelection: result.assetKeys.map((k) => ({ path: k.path })) }),
        runConfig: text,
        tags: completeTags(tags),
        partitionKey: partitioned ? (partition?.key.trim() ?? null) : null,
      },
      {
        onSuccess: (launched) => {
          if (launched.__typename === "LaunchRunSuccess") {
            setLaunchedRunId(launched.run.runId);
            router.push(runPageHref(launched.run.runId));
          } else {
            const details =
              launched.__typename === "RunConfigValidationInvalid"
                ? `: ${launched.errors.map(formatConfigError).join("; ")}`
                : "";
            setLaunchProblem(`${launched.message}${details}`);
          }
        },
        onError: (error) => setLaunchProblem(errorMessage(error)),
      },
    );
  }, [launch, partition, partitioned, result.assetKeys, router, tags, target.jobName, text]);

  return (
    <div className="flex min-h-0 flex-1">
      <section aria-label="Run config" className="flex min-w-0 flex-1 flex-col">
        <div className="flex flex-wrap items-center gap-2 border-b border-neutral-200 bg-white px-4 py-2">
          {result.job && result.job.presets.length > 0 && (
            <label className="flex items-center gap-2 text-[13px] text-neutral-600">
              Preset
              <select
                value={preset}
                onChange={(e) => choosePreset(e.target.value)}
                className="h-8 rounded-md border border-neutral-300 bg-white px-2 text-[13px] text-neutral-800 shadow-xs outline-none focus:border-accent-500 focus:ring-2 focus:ring-accent-100"
              >
                <option value="">None</option>
                {result.job.presets.map((p) => (
                  <option key={p.name} value={p.name} title={p.description ?? undefined}>
                    {p.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <Button
            onClick={() => setText(scaffoldRunConfigText(schema, text))}
            title="Add every field the config leaves out: defaults, and placeholders for required fields"
          >
            Scaffold missing config
          </Button>
          <Button
            variant="ghost"
            onClick={() => {
              setText(start.runConfigYaml);
              setLoaded(start.runConfigYaml);
            }}
            disabled={text === start.runConfigYaml}
          >
            Reset
          </Button>
          <span className="ml-auto text-xs text-neutral-500">Ctrl-Space completes · hover a key for its docs</span>
        </div>
        <div className="min-h-0 flex-1 overflow-hidden">
          <RunConfigEditor
            ref={editorRef}
            value={text}
            onChange={setText}
            schema={schema}
            errors={check.errors}
            label="Run config"
            className="h-full"
          />
        </div>
      </section>

      <aside aria-label="Launch" className="flex w-[380px] shrink-0 flex-col border-l border-neutral-200 bg-neutral-50">
        <div className="min-h-0 flex-1 space-y-5 overflow-auto px-4 py-4">
          <Panel title="Config check">
            <ConfigCheckSummary
              text={text}
              errors={blockers}
              confirmed={check.confirmed}
              checking={check.checking}
              onGoTo={(at) => editorRef.current?.focusAt(at)}
            />
          </Panel>
          {partitioned && (
            <Panel title="Partition">
              {result.partitionsDefinition ? (
                <LaunchpadPartitionPicker
                  assetKeys={result.assetKeys}
                  description={result.partitionsDefinition.description}
                  value={partition}
                  onChange={setPartition}
                />
              ) : (
                <p className="text-xs text-neutral-500">
                  These assets are partitioned differently, so one run cannot take one partition of each.
                </p>
              )}
            </Panel>
          )}
          <Panel title="Tags">
            <BackfillTagsEditor tags={tags} onChange={setTags} />
          </Panel>
          <Panel title={`Steps (${result.assetKeys.length})`}>
            <ol aria-label="Steps" className="space-y-1">
              {result.assetKeys.map((key, i) => (
                <li key={key.path.join("/")} className="flex items-center gap-2 text-[13px]">
                  <span className="w-5 text-right text-xs text-neutral-500 tabular-nums">{i + 1}</span>
                  <AssetKeyLabel path={key.path} className="text-neutral-800" />
                </li>
              ))}
            </ol>
          </Panel>
        </div>
        <div className="border-t border-neutral-200 bg-white px-4 py-3">
          {launchProblem && (
            <p role="alert" className="mb-2 flex items-start gap-1.5 text-xs text-red-700">
              <AlertIcon size={13} className="mt-px shrink-0" />
              {launchProblem}
            </p>
          )}
          {refusal && <p className="mb-2 text-xs text-neutral-500">{refusal}</p>}
          <Button
            variant="primary"
            className="h-9 w-full"
            disabled={!canLaunch}
            onClick={refusal ? undefined : onLaunch}
            aria-busy={busy || undefined}
            {...refusedControlProps(canLaunch ? refusal : null)}
          >
            <PlayIcon size={13} className={cx(busy && "animate-pulse")} />
            {launchedRunId ? "Opening run…" : launch.isPending ? "Launching…" : "Launch run"}
          </Button>
        </div>
      </aside>
      {pendingPreset !== null && (
        <ConfirmDialog
          title={`Replace your edits with preset ${pendingPreset}?`}
          confirmLabel="Replace"
          busy={false}
          problem={null}
          onConfirm={() => {
            applyPreset(pendingPreset);
            setPendingPreset(null);
          }}
          onClose={() => setPendingPreset(null)}
        >
          The editor holds changes of your own. The preset’s run config replaces them, and its tags join the run’s;
          Cancel keeps your edits.
        </ConfirmDialog>
      )}
    </div>
  );
}

/** A reason the launch is blocked; a config error also says where in the text it is. */
interface Blocker {
  message: string;
  /** Offset in the run config text, or null for problems outside it. */
  at: number | null;
}

function ConfigCheckSummary({
  text,
  errors,
  confirmed,
  checking,
  onGoTo,
}: {
  text: string;
  errors: readonly Blocker[];
  confirmed: boolean;
  checking: boolean;
  onGoTo: (at: number) => void;
}) {
  if (errors.length > 0) {
    return (
      <div
        role="alert"
        aria-label="Config errors"
        className="rounded-md bg-red-50 px-3 py-2 ring-1 ring-red-200 ring-inset"
      >
        <p className="mb-1 text-xs font-semibold text-red-800">
          {errors.length} problem{errors.length === 1 ? "" : "s"} to fix before launching
        </p>
        <ul className="space-y-1 font-mono text-[12px] text-red-800">
          {errors.map((error) => {
            if (error.at === null)
              return (
                <li key={error.message} className="break-words">
                  {error.message}
                </li>
              );
            const { line, column } = lineAndColumn(text, error.at);
            return (
              <li key={error.message}>
                <button
                  type="button"
                  onClick={() => onGoTo(error.at as number)}
                  title="Put the cursor on this problem in the editor"
                  className="w-full rounded text-left break-words hover:bg-red-100 hover:underline focus-visible:outline-2 focus-visible:outline-red-700"
                >
                  <span className="mr-1.5 text-[11px] text-red-700">
                    {line}:{column}
                  </span>
                  {error.message}
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    );
  }
  return (
    <p
      role="status"
      className={cx(
        "flex items-center gap-1.5 rounded-md px-3 py-2 text-[13px] ring-1 ring-inset",
        confirmed ? "bg-emerald-50 text-emerald-800 ring-emerald-200" : "bg-white text-neutral-500 ring-neutral-200",
      )}
    >
      <CheckCircleIcon size={14} className={confirmed ? "text-emerald-600" : "text-neutral-400"} />
      {confirmed ? "The config is valid" : checking ? "Checking the config…" : "The config is valid"}
    </p>
  );
}

function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title}>
      <h2 className="mb-2 text-[11px] font-semibold tracking-wide text-neutral-500 uppercase">{title}</h2>
      {children}
    </section>
  );
}
