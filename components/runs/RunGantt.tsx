"use client";
// The steps of a run on a timeline: one row per step, a bar from its start to its end (or now), colored by status.
import type { MouseEvent } from "react";
import { cx } from "../ui/cx";
import { useNow } from "../ui/useNow";
import { durationMs, formatDuration } from "./formatDuration";
import { formatTick, type GanttWindow, ganttTicks, ganttWindow, pct } from "./ganttScale";
import { isRunInProgress, stepBarClass, stepStatusLabel } from "./runStatus";
import type { RunDetail, RunStep } from "./useRun";

const LABEL_WIDTH = "w-64";

export function RunGantt({
  run,
  selectedSteps,
  onSelectStep,
}: {
  run: RunDetail;
  selectedSteps: ReadonlySet<string>;
  /** `additive` is true for Shift/Ctrl/⌘-click, which adds to the selection instead of replacing it. */
  onSelectStep: (stepKey: string, additive: boolean) => void;
}) {
  const live = isRunInProgress(run.status);
  const now = useNow(live ? 500 : 60_000);
  const window = ganttWindow(run, now);
  const ticks = ganttTicks(window);
  const span = window.end - window.start;

  if (run.steps.length === 0) {
    return (
      <p className="px-4 py-6 text-center text-[13px] text-neutral-500">
        {run.status === "QUEUED" || run.status === "STARTING"
          ? "Steps appear once the run is planned."
          : "This run has no steps."}
      </p>
    );
  }

  return (
    <div role="grid" aria-label="Step timeline" className="min-w-[720px] text-[12px]">
      <div role="row" className="sticky top-0 z-10 flex h-7 border-b border-neutral-200 bg-neutral-50">
        <div
          role="columnheader"
          className={cx(
            LABEL_WIDTH,
            "flex shrink-0 items-center border-r border-neutral-200 px-3 text-[11px] font-semibold uppercase tracking-wide text-neutral-500",
          )}
        >
          Step
        </div>
        <div role="columnheader" aria-label="Time since run start" className="relative mr-16 flex-1">
          {ticks.map((t) => (
            <span
              key={t}
              className="absolute top-1.5 -translate-x-1/2 text-[10.5px] whitespace-nowrap text-neutral-500 tabular-nums first:translate-x-0"
              style={{ left: `${(t / span) * 100}%` }}
            >
              {formatTick(t)}
            </span>
          ))}
        </div>
      </div>
      {run.steps.map((step) => (
        <GanttRow
          key={step.stepKey}
          step={step}
          window={window}
          ticks={ticks}
          now={now}
          selected={selectedSteps.has(step.stepKey)}
          dimmed={selectedSteps.size > 0 && !selectedSteps.has(step.stepKey)}
          onSelect={(e) => onSelectStep(step.stepKey, e.shiftKey || e.metaKey || e.ctrlKey)}
        />
      ))}
    </div>
  );
}

function GanttRow({
  step,
  window,
  ticks,
  now,
  selected,
  dimmed,
  onSelect,
}: {
  step: RunStep;
  window: GanttWindow;
  ticks: number[];
  now: number;
  selected: boolean;
  dimmed: boolean;
  onSelect: (e: MouseEvent) => void;
}) {
  const span = window.end - window.start;
  const start = step.startTime ? Date.parse(step.startTime) : null;
  const end = step.endTime ? Date.parse(step.endTime) : step.status === "RUNNING" ? now : null;
  const left = start !== null ? pct(start, window) : null;
  const right = start !== null && end !== null ? pct(end, window) : left;
  const ms = durationMs(step.startTime, step.endTime, now);
  const label = `${step.stepKey}: ${stepStatusLabel[step.status]}${ms !== null ? `, ${formatDuration(ms)}` : ""}`;

  return (
    <div
      role="row"
      aria-selected={selected}
      className={cx(
        "group flex h-8 cursor-pointer border-b border-neutral-100 last:border-b-0",
        selected ? "bg-accent-50" : "hover:bg-neutral-50",
      )}
      onClick={onSelect}
    >
      <div
        role="rowheader"
        className={cx(LABEL_WIDTH, "flex shrink-0 items-center gap-2 border-r border-neutral-200 px-3")}
      >
        <button
          type="button"
          aria-pressed={selected}
          title="Click to filter the log to this step; Shift-click to add it to the selection"
          onClick={(e) => {
            e.stopPropagation();
            onSelect(e);
          }}
          className={cx(
            "min-w-0 truncate text-left font-mono text-[12px]",
            selected ? "font-semibold text-accent-800" : "text-neutral-800 hover:text-accent-700",
          )}
        >
          {step.stepKey}
        </button>
        {step.attempt > 1 && (
          <span
            className="shrink-0 rounded bg-amber-50 px-1 text-[10px] text-amber-800 ring-1 ring-amber-200"
            title={`Attempt ${step.attempt}`}
          >
            #{step.attempt}
          </span>
        )}
        <span className="ml-auto shrink-0 text-[11px] text-neutral-500">{stepStatusLabel[step.status]}</span>
      </div>
      <div role="gridcell" aria-label={label} className={cx("relative mr-16 flex-1", dimmed && "opacity-40")}>
        {ticks.map((t) => (
          <span
            key={t}
            aria-hidden="true"
            className="absolute inset-y-0 w-px bg-neutral-100"
            style={{ left: `${(t / span) * 100}%` }}
          />
        ))}
        {left !== null && right !== null ? (
          <>
            <div
              title={label}
              className={cx("absolute top-1.5 h-5 min-w-[3px] rounded-sm ring-1 ring-inset", stepBarClass[step.status])}
              style={{ left: `${left}%`, width: `${Math.max(right - left, 0)}%` }}
            />
            {/* Beside the bar, not inside it: a running bar pulses, and its duration would fade with it. */}
            <span
              className="absolute top-2 ml-1.5 text-[11px] whitespace-nowrap text-neutral-500 tabular-nums"
              style={{ left: `max(${right}%, calc(${left}% + 3px))` }}
            >
              {ms !== null ? formatDuration(ms) : ""}
            </span>
          </>
        ) : (
          <span className="absolute top-2 left-1 text-[11px] text-neutral-500 italic">
            {step.status === "SKIPPED" ? "skipped" : "waiting"}
          </span>
        )}
      </div>
    </div>
  );
}
