"use client";
// Raw compute logs: one step's stdout or stderr in a monospace pane, refreshed while the step runs. A long log opens at
// its end; earlier output is read a window at a time as the reader scrolls up, so a 50 MB log never reaches the
// browser at once, and only the lines in view are drawn.
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import { cx } from "../ui/cx";
import { useComputeLogs } from "./useComputeLogs";
import type { RunStep } from "./useRun";

type Stream = "stdout" | "stderr";

/** One line's height in pixels: 12 px text at a line height of 1.5. */
const LINE_HEIGHT = 18;
const PANE_PADDING = 12;
/** Room above the first line for the button that reads earlier output. */
const EARLIER_BAR_HEIGHT = 40;
/** How near the top a scroll must come to read the window before. */
const LOAD_EARLIER_WITHIN = 200;

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
  const { lines, hasEarlier, firstWindow } = logs;
  const query = logs.query;

  const paneRef = useRef<HTMLDivElement>(null);
  const padStart = hasEarlier ? EARLIER_BAR_HEIGHT : PANE_PADDING;
  // Every line is one row of one height (long lines scroll sideways), so a million lines cost only the rows in view.
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => paneRef.current,
    estimateSize: () => LINE_HEIGHT,
    overscan: 40,
    paddingStart: padStart,
    paddingEnd: PANE_PADDING,
  });

  const following = useRef(true);
  // Earlier output goes in above what the reader looks at: keep that where it was rather than jump.
  const beforeEarlier = useRef<{ count: number; scrollTop: number; padStart: number } | null>(null);
  const shownFirstWindow = useRef(firstWindow);
  useLayoutEffect(() => {
    const el = paneRef.current;
    if (!el) return;
    const anchor = beforeEarlier.current;
    if (anchor && firstWindow !== shownFirstWindow.current) {
      el.scrollTop = anchor.scrollTop + (lines.length - anchor.count) * LINE_HEIGHT + (padStart - anchor.padStart);
      beforeEarlier.current = null;
    } else if (following.current) el.scrollTop = el.scrollHeight;
    shownFirstWindow.current = firstWindow;
  }, [lines.length, firstWindow, padStart]);
  useEffect(() => {
    following.current = true;
    beforeEarlier.current = null;
  }, [stream, step?.stepKey]);
  const { fetchPreviousPage, isFetchingPreviousPage } = query;
  const loadEarlier = () => {
    const el = paneRef.current;
    if (!el || !hasEarlier || isFetchingPreviousPage || beforeEarlier.current) return;
    beforeEarlier.current = { count: lines.length, scrollTop: el.scrollTop, padStart };
    void fetchPreviousPage().then((result) => {
      // Nothing came (an error): let the next scroll up ask again.
      if (result.isError) beforeEarlier.current = null;
    });
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
        <div
          ref={paneRef}
          role="region"
          aria-label={`${stream} of ${step.stepKey}`}
          aria-busy={query.isPending || isFetchingPreviousPage}
          tabIndex={0}
          onScroll={(e) => {
            const el = e.currentTarget;
            following.current = el.scrollHeight - el.scrollTop - el.clientHeight < 48;
            // Reaching the top reads the window before it, as a terminal's scrollback would.
            if (el.scrollTop < LOAD_EARLIER_WITHIN) loadEarlier();
          }}
          className={cx(
            "min-h-0 flex-1 overflow-auto bg-neutral-950 font-mono text-[12px] [overflow-anchor:none]",
            stream === "stderr" ? "text-red-200" : "text-neutral-100",
          )}
        >
          {query.isPending ? (
            <p className="p-3">Loading…</p>
          ) : lines.length === 0 ? (
            <p className="p-3 text-neutral-500">{`No ${stream} output${live ? " yet" : ""}.`}</p>
          ) : (
            <div className="relative min-w-full" style={{ height: virtualizer.getTotalSize() }}>
              {hasEarlier && (
                <button
                  type="button"
                  onClick={loadEarlier}
                  disabled={isFetchingPreviousPage}
                  className="absolute top-1.5 left-3 rounded border border-neutral-700 px-2 py-0.5 font-sans text-xs text-neutral-300 hover:bg-neutral-800 disabled:opacity-60"
                >
                  {isFetchingPreviousPage ? "Loading earlier output…" : "Load earlier output"}
                </button>
              )}
              {virtualizer.getVirtualItems().map((item) => (
                <div
                  key={item.key}
                  className="absolute top-0 left-0 px-3 leading-[18px] whitespace-pre"
                  style={{ height: LINE_HEIGHT, transform: `translateY(${item.start}px)` }}
                >
                  {lines[item.index] || "\u00a0"}
                </div>
              ))}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
