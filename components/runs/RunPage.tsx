"use client";
// A run's page (/runs/<runId>): header, step timeline, and the event log, raw compute logs or run config, live until the
// run ends.
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useId, useMemo, useState } from "react";
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import type { EventLevel } from "../../graphql/client/generated/graphql";
import { cx } from "../ui/cx";
import { EmptyState } from "../ui/EmptyState";
import { ErrorState } from "../ui/ErrorState";
import { CloseIcon, SearchIcon } from "../ui/icons";
import { QueryState } from "../ui/QueryState";
import { Skeleton } from "../ui/Skeleton";
import { ComputeLogsView } from "./ComputeLogsView";
import { defaultComputeLogStep } from "./computeLogStep";
import { RunConfigView } from "./RunConfigView";
import { RunEventLog } from "./RunEventLog";
import { RunGantt } from "./RunGantt";
import { RunHeader } from "./RunHeader";
import {
  EVENT_LEVELS,
  filterRunEvents,
  isEmptyRunEventFilter,
  NO_RUN_EVENT_FILTER,
  type RunEventFilter,
} from "./runEventFilters";
import { isRunInProgress } from "./runStatus";
import { useDebouncedValue } from "./useDebouncedValue";
import type { RunDetail } from "./useRun";
import { useRun } from "./useRun";
import { useRunEventTypes, useRunLogs } from "./useRunLogs";

export function RunPage({ runId }: { runId: string }) {
  const query = useRun(runId);

  return (
    <QueryState
      query={query}
      page
      skeleton={<RunPageSkeleton />}
      errorTitle="Could not load this run"
      notFound={(error) => <RunNotFound runId={runId} message={error.message} />}
    >
      {(run) => <RunView run={run} />}
    </QueryState>
  );
}

function RunView({ run }: { run: RunDetail }) {
  const live = isRunInProgress(run.status);
  const [selectedSteps, setSelectedSteps] = useState<ReadonlySet<string>>(new Set());
  const [levels, setLevels] = useState<ReadonlySet<EventLevel>>(new Set());
  const [eventType, setEventType] = useState<string | null>(null);
  const [text, setText] = useState("");
  const [view, setView] = useRunView();
  const filter = useMemo<RunEventFilter>(
    () => ({ steps: selectedSteps, levels, eventType, text }),
    [selectedSteps, levels, eventType, text],
  );
  const anyFilter = !isEmptyRunEventFilter(filter);
  // The whole log loads in the background. Until it is all here, the server answers a filter (typing asks once per
  // short pause); then the loaded events are filtered in the browser, which answers every keystroke at once.
  const all = useRunLogs(run.runId, NO_RUN_EVENT_FILTER, { live });
  const allEvents = useMemo(() => all.data?.events ?? [], [all.data]);
  const complete = all.data !== undefined && !all.data.hasMore;
  const searched = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  const serverFilter = useMemo<RunEventFilter>(() => ({ ...filter, text: searched }), [filter, searched]);
  const served = useRunLogs(run.runId, serverFilter, { live, enabled: anyFilter && !complete });
  const filteredHere = useMemo(
    () => (anyFilter && complete ? filterRunEvents(allEvents, filter) : null),
    [anyFilter, complete, allEvents, filter],
  );
  const logs = anyFilter && !complete ? served : all;
  const events = useMemo(
    () => filteredHere ?? (anyFilter ? (served.data?.events ?? []) : allEvents),
    [filteredHere, anyFilter, served.data, allEvents],
  );
  const loading = anyFilter ? !complete && (served.data?.hasMore ?? true) : !complete;
  const eventTypes = useRunEventTypes(run.runId, { live });

  const selectStep = useCallback((stepKey: string, additive = false) => {
    setSelectedSteps((current) => {
      if (additive) {
        const next = new Set(current);
        if (next.has(stepKey)) next.delete(stepKey);
        else next.add(stepKey);
        return next;
      }
      return current.size === 1 && current.has(stepKey) ? new Set() : new Set([stepKey]);
    });
  }, []);

  const stepSelectId = useId();
  const typeSelectId = useId();

  // The compute log pane shows one step: the one picked in the timeline, else the failed one, else the first started.
  const computeStep = [...selectedSteps][0] ?? defaultComputeLogStep(run.steps);

  return (
    <div className="flex min-h-full flex-col bg-neutral-50">
      <RunHeader run={run} selectedSteps={selectedSteps} />

      <section
        aria-label="Steps"
        className="mx-6 mt-4 overflow-hidden rounded-lg border border-neutral-200 bg-white shadow-xs"
      >
        <div className="flex items-center justify-between border-b border-neutral-200 px-3 py-2">
          <h2 className="text-[13px] font-semibold text-neutral-900">
            Steps{" "}
            <span className="ml-1 rounded bg-neutral-100 px-1 text-[11px] font-normal text-neutral-600">
              {run.steps.length}
            </span>
          </h2>
          {selectedSteps.size > 0 && (
            <button
              type="button"
              onClick={() => setSelectedSteps(new Set())}
              className="inline-flex items-center gap-1 text-xs text-neutral-500 hover:text-neutral-900"
            >
              <CloseIcon size={12} /> Clear step selection ({selectedSteps.size})
            </button>
          )}
        </div>
        <div className="max-h-[34vh] overflow-auto">
          <RunGantt run={run} selectedSteps={selectedSteps} onSelectStep={selectStep} />
        </div>
      </section>

      <section
        aria-label="Run details"
        className="mx-6 mt-4 mb-6 flex h-[max(420px,calc(100dvh-260px))] flex-col overflow-hidden rounded-lg border border-neutral-200 bg-white shadow-xs"
      >
        <div className="flex shrink-0 flex-wrap items-center gap-x-3 gap-y-2 border-b border-neutral-200 px-3 py-2">
          <div role="tablist" aria-label="Run view" className="flex rounded-md bg-neutral-100 p-0.5">
            {RUN_VIEWS.map(([id, label]) => (
              <button
                key={id}
                type="button"
                role="tab"
                aria-selected={view === id}
                onClick={() => setView(id)}
                className={cx(
                  "rounded px-3 py-1 text-[13px] font-medium",
                  view === id ? "bg-white text-neutral-900 shadow-xs" : "text-neutral-600 hover:text-neutral-800",
                )}
              >
                {label}
              </button>
            ))}
          </div>
          {view === "events" && (
            <>
              <label htmlFor={stepSelectId} className="sr-only">
                Filter by step
              </label>
              <select
                id={stepSelectId}
                value={selectedSteps.size === 1 ? [...selectedSteps][0] : selectedSteps.size > 1 ? "__many" : ""}
                onChange={(e) => setSelectedSteps(e.target.value ? new Set([e.target.value]) : new Set())}
                className="h-8 max-w-52 rounded-md border border-neutral-300 bg-white px-2 text-[13px]"
              >
                <option value="">All steps</option>
                {selectedSteps.size > 1 && <option value="__many" disabled>{`${selectedSteps.size} steps`}</option>}
                {run.steps.map((s) => (
                  <option key={s.stepKey} value={s.stepKey}>
                    {s.stepKey}
                  </option>
                ))}
              </select>
              <label htmlFor={typeSelectId} className="sr-only">
                Filter by event type
              </label>
              <select
                id={typeSelectId}
                value={eventType ?? ""}
                onChange={(e) => setEventType(e.target.value || null)}
                className="h-8 max-w-56 rounded-md border border-neutral-300 bg-white px-2 text-[13px]"
              >
                <option value="">All event types</option>
                {eventType !== null && !eventTypes.includes(eventType) && (
                  <option value={eventType}>{eventType}</option>
                )}
                {eventTypes.map((t) => (
                  <option key={t} value={t}>
                    {t}
                  </option>
                ))}
              </select>
              <div role="group" aria-label="Filter by level" className="flex items-center gap-1">
                {EVENT_LEVELS.map((level) => {
                  const active = levels.has(level);
                  return (
                    <button
                      key={level}
                      type="button"
                      aria-pressed={active}
                      onClick={() =>
                        setLevels((current) => {
                          const next = new Set(current);
                          if (next.has(level)) next.delete(level);
                          else next.add(level);
                          return next;
                        })
                      }
                      className={cx(
                        "h-7 rounded-full px-2.5 font-mono text-[11px] ring-1 ring-inset",
                        active
                          ? "bg-accent-50 text-accent-800 ring-accent-300"
                          : "bg-white text-neutral-600 ring-neutral-300 hover:bg-neutral-50",
                      )}
                    >
                      {level}
                    </button>
                  );
                })}
              </div>
              <label className="flex h-8 min-w-48 flex-1 items-center gap-2 rounded-md border border-neutral-300 bg-white px-2.5 focus-within:border-accent-500 focus-within:ring-2 focus-within:ring-accent-100">
                <SearchIcon size={14} className="shrink-0 text-neutral-400" />
                <span className="sr-only">Search the log</span>
                <input
                  type="search"
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                  placeholder="Search messages and metadata"
                  className="min-w-0 flex-1 bg-transparent text-[13px] outline-none placeholder:text-neutral-400"
                />
              </label>
              <span
                className="ml-auto text-xs text-neutral-500 tabular-nums"
                aria-live="polite"
                title={loading ? "More events are loading" : undefined}
              >
                {anyFilter && !complete && served.data === undefined
                  ? "Filtering…"
                  : eventCountText(events.length, loading, anyFilter, complete ? allEvents.length : null)}
                {live && (
                  <span
                    // A label on a bare span is not announced: as an image the dot reads "live".
                    role="img"
                    className="ml-2 inline-block size-1.5 animate-pulse rounded-full bg-sky-500 align-middle"
                    aria-label="live"
                  />
                )}
              </span>
            </>
          )}
        </div>
        <div className="min-h-0 flex-1">
          {view === "config" ? (
            <RunConfigView run={run} />
          ) : view === "compute" ? (
            <ComputeLogsView
              runId={run.runId}
              steps={run.steps}
              stepKey={computeStep}
              onSelectStep={(key) => setSelectedSteps(new Set([key]))}
              runLive={live}
            />
          ) : logs.isError && events.length === 0 ? (
            <div className="p-6">
              <ErrorState
                title="Could not load the event log"
                message={errorMessage(logs.error)}
                onRetry={() => void logs.refetch()}
              />
            </div>
          ) : (
            <RunEventLog
              events={events}
              live={live}
              onSelectStep={(key) => selectStep(key)}
              emptyText={
                logs.isPending ? "Loading events…" : anyFilter ? "No events match these filters." : "No events yet."
              }
            />
          )}
        </div>
      </section>
    </div>
  );
}

const SEARCH_DEBOUNCE_MS = 100;

/** "1,234 events", "12 of 1,234 events", or while more are loading "1,000+ events", "1,000+ matching events". */
function eventCountText(shown: number, loading: boolean, filtered: boolean, total: number | null): string {
  const count = `${shown.toLocaleString("en")}${loading ? "+" : ""}`;
  if (!filtered) return `${count} events`;
  return total !== null ? `${count} of ${total.toLocaleString("en")} events` : `${count} matching events`;
}

const RUN_VIEWS = [
  ["events", "Events"],
  ["compute", "Compute logs"],
  ["config", "Config"],
] as const;

type RunView = (typeof RUN_VIEWS)[number][0];

function isRunView(value: string | null): value is RunView {
  return RUN_VIEWS.some(([id]) => id === value);
}

/** The lower panel's view, kept in `?view=` so a link can open a run straight on its config or compute logs. */
function useRunView(): [RunView, (next: RunView) => void] {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const requested = searchParams.get("view");
  const view: RunView = isRunView(requested) ? requested : "events";
  const setView = useCallback(
    (next: RunView) => {
      const params = new URLSearchParams(searchParams.toString());
      if (next === "events") params.delete("view");
      else params.set("view", next);
      const query = params.toString();
      window.history.replaceState(null, "", query ? `${pathname}?${query}` : pathname);
    },
    [pathname, searchParams],
  );
  return [view, setView];
}

function RunNotFound({ runId, message }: { runId: string; message: string }) {
  return (
    <div className="px-6 py-16">
      <div className="mx-auto max-w-lg rounded-lg border border-neutral-200 bg-white shadow-xs">
        <EmptyState icon={<SearchIcon size={22} />} title="Run not found">
          <p>
            No run with id{" "}
            <code className="rounded bg-neutral-100 px-1 py-0.5 font-mono text-[12px] text-neutral-800">{runId}</code>{" "}
            exists.
          </p>
          <p className="mt-1 text-xs text-neutral-500">{message}</p>
          <div className="mt-5 flex justify-center">
            <Link
              href="/runs"
              className="inline-flex h-8 items-center rounded-md bg-accent-600 px-3 text-[13px] font-medium text-white shadow-sm hover:bg-accent-700"
            >
              Back to runs
            </Link>
          </div>
        </EmptyState>
      </div>
    </div>
  );
}

function RunPageSkeleton() {
  return (
    <div role="status" aria-label="Loading run" className="space-y-4 px-6 py-5">
      <Skeleton className="h-4 w-40" />
      <Skeleton className="h-7 w-96" />
      <div className="flex gap-6">
        <Skeleton className="h-4 w-28" />
        <Skeleton className="h-4 w-28" />
        <Skeleton className="h-4 w-28" />
      </div>
      <Skeleton className="h-40 w-full" />
      <Skeleton className="h-72 w-full" />
    </div>
  );
}
