// A timestamp shown relative to now ("5m ago") with the absolute time on hover.
import { formatAbsoluteTime, formatRelativeTime } from "./formatTime";
import { useNow } from "./useNow";

export function RelativeTime({ timestamp, className }: { timestamp: string; className?: string }) {
  const now = useNow();
  return (
    <time dateTime={timestamp} title={formatAbsoluteTime(timestamp)} className={className}>
      {formatRelativeTime(timestamp, now)}
    </time>
  );
}
