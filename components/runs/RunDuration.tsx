"use client";
// A run's or step's duration; ticks every second while it has started but not ended.
import { useNow } from "../ui/useNow";
import { durationMs, formatDuration } from "./formatDuration";

export function RunDuration({
  start,
  end,
  className,
}: {
  start: string | null;
  end: string | null;
  className?: string;
}) {
  const running = start !== null && end === null;
  return running ? (
    <TickingDuration start={start} className={className} />
  ) : (
    <StaticDuration start={start} end={end} className={className} />
  );
}

function TickingDuration({ start, className }: { start: string; className?: string }) {
  const now = useNow(1_000);
  const ms = durationMs(start, null, now);
  return <span className={className}>{ms === null ? "—" : formatDuration(ms)}</span>;
}

function StaticDuration({ start, end, className }: { start: string | null; end: string | null; className?: string }) {
  const ms = end ? durationMs(start, end, 0) : null;
  return (
    <span className={className}>{ms === null ? <span className="text-neutral-300">—</span> : formatDuration(ms)}</span>
  );
}
