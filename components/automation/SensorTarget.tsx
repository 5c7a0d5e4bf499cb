// What a sensor launches: its job or selection, or, for a run status sensor, nothing but its own function.

import { InstigatorTarget } from "./InstigatorTarget";
import type { Sensor } from "./useSensors";

export function SensorTarget({
  sensor,
}: {
  sensor: Pick<Sensor, "sensorType" | "jobName" | "selection" | "assetKeys">;
}) {
  if (sensor.sensorType !== "RUN_STATUS") return <InstigatorTarget target={sensor} />;
  return (
    <div>
      <div className="text-neutral-500">No runs</div>
      <div className="mt-0.5 text-xs text-neutral-500">Calls its function for each run</div>
    </div>
  );
}
