"use client";
// Raw compute logs: one step's stdout or stderr in a monospace pane, refreshed while the step runs. A long log opens at
// its end; earlier output is read a window at a time, so a 50 MB log never reaches the browser at once.
import { useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import { cx } from "../ui/cx";
import { useComputeLogs } from "./useComputeLogs";
import type { RunStep } from "./useRun";

type Stream = "stdout" | "stderr";

export function ComputeLogsView({
  runId,
  steps,
  stepKey,
  onSelectStep,
  runLive,
}: {
  runId: string;
  steps: readonly RunStep[];
  stepKey: string | null;
  onSelectStep: (stepKey: string) => void;
  runLive: boolean;
}) {
  const selectId = useId();
  const [stream, setStream] = useState<Stream>("stdout");
  const step = steps.find((s) => s.stepKey === stepKey) ?? null;
  const live = runLive && (step === null || step.status === "RUNNING" || step.status === "PENDING");
  const logs = useComputeLogs(runId, step?.stepKey ?? null, stream === "stdout" ? "STDOUT" : "STDERR", { live });
  const { text, hasEarlier } = logs;
  const query = logs.query;

  const paneRef = useRef<HTMLPreElement>(null);
  const following = useRef(true);
  // Earlier output goes in above what the reader looks at: keep that where it was rather than jump to the top.
  const heightBeforeEarlier = useRef<number | null>(null);
  useLayoutEffect(() => {
    const el = paneRef.current;
    if (!el) return;
    if (heightBeforeEarlier.current !== null) {
      el.scrollTop += el.scrollHeight - heightBeforeEarlier.current;
      heightBeforeEarlier.current = null;
    } else if (following.current) el.scrollTop = el.scrollHeight;
  }, [text]);
  useEffect(() => {
    following.current = true;
  }, [stream, step?.stepKey]);
  const loadEarlier = () => {
    heightBeforeEarlier.current = paneRef.current?.scrollHeight ?? null;
    void query.fetchPreviousPage();
  };

  return (
    <div className="flex h-full min-h-0 flex-col">
      <div className="flex shrink-0 flex-wrap items-center gap-3 border-b border-neutral-200 bg-neutral-50 px-3 py-2">
        <label htmlFor={selectId} className="text-xs font-medium text-neutral-600">
          Step
        </label>
        <select
          id={selectId}
          value={step?.stepKey ?? ""}
          onChange={(e) => onSelectStep(e.target.value)}
          className="h-7 rounded-md border border-neutral-300 bg-white px-2 font-mono text-xs"
        >
          {step === null && <option value="">Choose a step…</option>}
          {steps.map((s) => (
            <option key={s.stepKey} value={s.stepKey}>
              {s.stepKey}
            </option>
          ))}
        </select>
        <div
          role="radiogroup"
          aria-label="Output stream"
          className="flex rounded-md bg-white p-0.5 ring-1 ring-neutral-300"
        >
          {(["stdout", "stderr"] as const).map((s) => (
            <button
              key={s}
              type="button"
              role="radio"
              aria-checked={stream === s}
              onClick={() => setStream(s)}
              className={cx(
                "rounded px-2.5 py-0.5 font-mono text-xs",
                stream === s ? "bg-neutral-800 text-white" : "text-neutral-600 hover:text-neutral-900",
              )}
            >
              {s}
              {s === "stderr" && stream !== s && logs.streamsWithOutput.includes("STDERR") && (
                <span className="ml-1 text-red-600">•</span>
              )}
            </button>
          ))}
        </div>
        {live && step && (
          <span className="inline-flex items-center gap-1.5 text-xs text-sky-700">
            <span aria-hidden="true" className="size-1.5 animate-pulse rounded-full bg-sky-500" /> Streaming
          </span>
        )}
      </div>
      {step === null ? (
        <p className="px-4 py-10 text-center text-[13px] text-neutral-500">
          {steps.length === 0 ? "No steps yet." : "Choose a step to see its output."}
        </p>
      ) : query.isError ? (
        <p role="alert" className="px-4 py-6 text-[13px] text-red-700">
          Could not load compute logs: {errorMessage(query.error)}
        </p>
      ) : (
        <pre
          ref={paneRef}
          aria-label={`${stream} of ${step.stepKey}`}
          tabIndex={0}
          onScroll={(e) => {
            const el = e.currentTarget;
            following.current = el.scrollHeight - el.scrollTop - el.clientHeight < 48;
          }}
          className={cx(
            "min-h-0 flex-1 overflow-auto bg-neutral-950 p-3 font-mono text-[12px] leading-[1.5] whitespace-pre-wrap break-all",
            stream === "stderr" ? "text-red-200" : "text-neutral-100",
          )}
        >
          {hasEarlier && (
            <button
              type="button"
              onClick={loadEarlier}
              disabled={query.isFetchingPreviousPage}
              className="mb-2 block rounded border border-neutral-700 px-2 py-0.5 font-sans text-xs text-neutral-300 hover:bg-neutral-800 disabled:opacity-60"
            >
              {query.isFetchingPreviousPage ? "Loading earlier output…" : "Load earlier output"}
            </button>
          )}
          {query.isPending
            ? "Loading…"
            : text || <span className="text-neutral-500">{`No ${stream} output${live ? " yet" : ""}.`}</span>}
        </pre>
      )}
    </div>
  );
}
