// The sensors table: an on/off switch and the name, what sets it off in words, what it launches, how often it is
// evaluated and when next, and how its last tick went.
import { InstigatorsTable } from "./InstigatorsTable";
import { NextEvaluation } from "./NextEvaluation";
import { SensorTarget } from "./SensorTarget";
import { SensorTrigger } from "./SensorTrigger";
import { formatInterval } from "./sensorWords";
import type { Sensor } from "./useSensors";

export function SensorsTable({ sensors }: { sensors: readonly Sensor[] }) {
  return (
    <InstigatorsTable
      kind="sensor"
      items={sensors}
      trigger={{
        header: "Trigger",
        width: "w-64",
        cellClassName: "max-w-0",
        cell: (sensor) => <SensorTrigger sensor={sensor} />,
      }}
      target={{ width: "w-52", cell: (sensor) => <SensorTarget sensor={sensor} /> }}
      timing={{
        header: "Interval",
        width: "w-44",
        cell: (sensor) => (
          <>
            <div className="text-neutral-900">{formatInterval(sensor.minimumIntervalSeconds)}</div>
            <NextEvaluation sensor={sensor} className="mt-0.5 block text-xs text-neutral-500" />
          </>
        ),
      }}
    />
  );
}
