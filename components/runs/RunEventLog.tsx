"use client";
// The structured event log: a virtualized table of a run's events with metadata and errors expandable in place.
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { EventLevel } from "../../graphql/client/generated/graphql";
import { MetadataTable } from "../assets/MetadataTable";
import { cx } from "../ui/cx";
import { formatAbsoluteTime } from "../ui/formatTime";
import { ChevronDownIcon, ChevronRightIcon } from "../ui/icons";
import { hasDetails } from "./runEventFilters";
import type { RunEvent } from "./useRunLogs";

const ROW_HEIGHT = 30;
const GRID = "grid grid-cols-[104px_180px_190px_64px_minmax(0,1fr)] gap-3 px-3";

const levelClass: Record<EventLevel, string> = {
  DEBUG: "text-neutral-500",
  INFO: "text-sky-700",
  WARN: "text-amber-700",
  ERROR: "text-red-700 font-semibold",
};

const typeClass = (type: string): string => {
  if (type.endsWith("FAILURE")) return "text-red-700";
  if (type.endsWith("SUCCESS")) return "text-emerald-700";
  if (type === "ASSET_MATERIALIZATION" || type === "ASSET_OBSERVATION") return "text-accent-700";
  if (type.includes("CANCEL") || type === "STEP_RETRY" || type === "STEP_SKIPPED") return "text-amber-700";
  return "text-neutral-600";
};

export function RunEventLog({
  events,
  live,
  onSelectStep,
  emptyText,
}: {
  events: readonly RunEvent[];
  live: boolean;
  onSelectStep: (stepKey: string) => void;
  emptyText: string;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // Errors open by default: the stack is usually why someone opened the log.
  const [toggled, setToggled] = useState<ReadonlySet<string>>(new Set());
  const isExpanded = (e: RunEvent) => hasDetails(e) && (e.error !== null) !== toggled.has(e.id);
  const toggle = (id: string) =>
    setToggled((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const virtualizer = useVirtualizer({
    count: events.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 20,
    getItemKey: (index) => events[index]?.id ?? index,
  });

  // Follow the tail while the run is live and the reader is already at the bottom.
  const following = useRef(true);
  const onScroll = () => {
    const el = scrollRef.current;
    if (el) following.current = el.scrollHeight - el.scrollTop - el.clientHeight < 48;
  };
  useLayoutEffect(() => {
    if (live && following.current && events.length > 0) virtualizer.scrollToIndex(events.length - 1, { align: "end" });
  }, [events.length, live, virtualizer]);
  useEffect(() => {
    following.current = true;
  }, [live]);

  return (
    <div ref={scrollRef} onScroll={onScroll} className="h-full min-h-0 overflow-auto bg-white">
      <div role="table" aria-label="Event log" aria-rowcount={events.length + 1} className="min-w-[900px]">
        <div
          role="rowgroup"
          className="sticky top-0 z-10 border-b border-neutral-200 bg-neutral-50/95 backdrop-blur-sm"
        >
          <div
            role="row"
            className={cx(GRID, "h-8 items-center text-[11px] font-semibold uppercase tracking-wide text-neutral-500")}
          >
            <div role="columnheader">Time</div>
            <div role="columnheader">Step</div>
            <div role="columnheader">Event type</div>
            <div role="columnheader">Level</div>
            <div role="columnheader">Message</div>
          </div>
        </div>
        {events.length === 0 ? (
          <p className="px-4 py-10 text-center text-[13px] text-neutral-500">{emptyText}</p>
        ) : (
          <div role="rowgroup" className="relative" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const event = events[item.index];
              if (!event) return null;
              const expandable = hasDetails(event);
              const expanded = isExpanded(event);
              return (
                <div
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  className={cx(
                    "absolute inset-x-0 top-0 border-b border-neutral-100 text-[12.5px]",
                    event.level === "ERROR" ? "bg-red-50/40" : event.level === "WARN" ? "bg-amber-50/40" : "",
                  )}
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <div
                    role="row"
                    aria-rowindex={item.index + 2}
                    className={cx(GRID, "min-h-[30px] items-start py-1.5")}
                  >
                    <div
                      role="cell"
                      className="font-mono text-[11.5px] text-neutral-500 tabular-nums"
                      title={formatAbsoluteTime(event.timestamp)}
                    >
                      {clockTime(event.timestamp)}
                    </div>
                    <div role="cell" className="min-w-0 truncate">
                      {event.stepKey ? (
                        <button
                          type="button"
                          onClick={() => onSelectStep(event.stepKey ?? "")}
                          className="max-w-full truncate font-mono text-[11.5px] text-neutral-700 hover:text-accent-700 hover:underline"
                          title={`Show only ${event.stepKey}`}
                        >
                          {event.stepKey}
                        </button>
                      ) : (
                        <span className="text-neutral-300">—</span>
                      )}
                    </div>
                    <div
                      role="cell"
                      className={cx("truncate font-mono text-[11px] font-medium", typeClass(event.eventType))}
                    >
                      {event.eventType}
                    </div>
                    <div role="cell" className={cx("font-mono text-[11px]", levelClass[event.level])}>
                      {event.level}
                    </div>
                    <div role="cell" className="flex min-w-0 items-start gap-1">
                      {expandable && (
                        <button
                          type="button"
                          onClick={() => toggle(event.id)}
                          aria-label={expanded ? "Hide details" : "Show details"}
                          aria-expanded={expanded}
                          className="-ml-1 shrink-0 rounded p-0.5 text-neutral-400 hover:bg-neutral-200 hover:text-neutral-700"
                        >
                          {expanded ? <ChevronDownIcon size={13} /> : <ChevronRightIcon size={13} />}
                        </button>
                      )}
                      <span
                        className={cx(
                          "min-w-0 whitespace-pre-wrap break-words",
                          expanded ? "" : "line-clamp-2",
                          event.level === "ERROR" ? "text-red-800" : "text-neutral-800",
                        )}
                      >
                        {event.message}
                        {!expanded && event.metadataEntries.length > 0 && (
                          <span className="ml-2 text-[11px] text-neutral-500">
                            {event.metadataEntries.length} metadata entr
                            {event.metadataEntries.length === 1 ? "y" : "ies"}
                          </span>
                        )}
                      </span>
                    </div>
                  </div>
                  {expanded && (
                    <div className="mr-3 mb-2 ml-[calc(104px+180px+190px+64px+3rem)] space-y-2">
                      {event.metadataEntries.length > 0 && (
                        <div className="max-w-3xl rounded-md border border-neutral-200 bg-neutral-50 px-3 py-1">
                          <MetadataTable entries={event.metadataEntries} />
                        </div>
                      )}
                      {event.error && (
                        <pre
                          tabIndex={0}
                          className="max-h-80 overflow-auto rounded-md border border-red-200 bg-red-50 p-2.5 font-mono text-[11.5px] leading-[1.45] whitespace-pre-wrap text-red-900"
                        >
                          {event.error.message}
                          {event.error.stack ? `\n\n${event.error.stack}` : ""}
                        </pre>
                      )}
                    </div>
                  )}
                </div>
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}

function clockTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}`;
}
