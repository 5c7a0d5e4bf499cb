"use client";
import { useNow } from "../ui/useNow";
import { formatTimeUntil } from "./tickTimes";
// When the daemon evaluates a sensor next: "Next in 12s", "Due now", or that it is stopped.
import type { Sensor } from "./useSensors";

export function NextEvaluation({
  sensor,
  className,
}: {
  sensor: Pick<Sensor, "status" | "nextEvaluationAt">;
  className?: string;
}) {
  const now = useNow(1_000);
  if (sensor.status !== "RUNNING" || !sensor.nextEvaluationAt)
    return <span className={className ?? "text-neutral-500"}>Stopped</span>;
  const until = formatTimeUntil(sensor.nextEvaluationAt, now);
  return (
    <time dateTime={sensor.nextEvaluationAt} className={className ?? "text-neutral-900"}>
      {until === "now" ? "Due now" : `Next ${until}`}
    </time>
  );
}
