// The sensor page header: name and switch, description, and the facts of its definition (trigger, target,
// partitions, interval, next evaluation, code location).
import { Fact } from "../ui/Fact";
import { InstigatorHeader } from "./InstigatorHeader";
import { NextEvaluation } from "./NextEvaluation";
import { SensorTarget } from "./SensorTarget";
import { SensorTrigger } from "./SensorTrigger";
import { formatInterval } from "./sensorWords";
import type { Sensor } from "./useSensors";

export function SensorHeader({ sensor }: { sensor: Sensor }) {
  return (
    <InstigatorHeader
      kind="sensor"
      instigator={sensor}
      lead={
        <>
          <Fact label="Trigger">
            <SensorTrigger sensor={sensor} />
          </Fact>
          <Fact label="Target">
            <SensorTarget sensor={sensor} />
          </Fact>
        </>
      }
      more={
        <Fact label="Interval">
          <div>{formatInterval(sensor.minimumIntervalSeconds)}</div>
          {sensor.status === "RUNNING" && (
            <NextEvaluation sensor={sensor} className="mt-0.5 block text-xs text-neutral-500" />
          )}
        </Fact>
      }
    />
  );
}
