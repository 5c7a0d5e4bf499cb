"use client";
// One sensor (/automation/sensors/<location>/<name>): header with its switch, its cursor (shown and editable), and
// the tick history. Polls while the sensor runs, so the cursor the daemon moves and each new tick show.
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import type { Sensor } from "./useSensors";
import { useSensor } from "./useSensors";
import { useSensorTicks } from "./useSensors";
import { ErrorState } from "../ui/ErrorState";
import { InstigatorNotFound } from "./InstigatorNotFound";
import { InstigatorPageSkeleton } from "./InstigatorPageSkeleton";
import { SensorCursor } from "./SensorCursor";
import { SensorHeader } from "./SensorHeader";
import { formatInterval } from "./sensorWords";
import { SideCard } from "./SideCard";
import { TickHistory } from "./TickHistory";
import { formatEvaluationTime } from "./tickTimes";

export function SensorPage({ codeLocationName, sensorName }: { codeLocationName: string; sensorName: string }) {
  const query = useSensor({ codeLocationName, sensorName });

  if (query.isPending) return <InstigatorPageSkeleton label="Loading sensor" />;
  if (query.isError) {
    return (
      <div className="px-6 py-10">
        <ErrorState title="Could not load this sensor" message={errorMessage(query.error)} onRetry={() => void query.refetch()} />
      </div>
    );
  }
  if (query.data.__typename === "SensorNotFoundError") return <InstigatorNotFound title="Sensor not found" message={query.data.message} />;
  return <SensorView sensor={query.data} />;
}

function SensorView({ sensor }: { sensor: Sensor }) {
  const running = sensor.status === "RUNNING";
  const ticks = useSensorTicks({ codeLocationName: sensor.codeLocationName, sensorName: sensor.name }, running);
  const every = formatInterval(sensor.minimumIntervalSeconds).toLowerCase();
  return (
    <div className="min-h-full bg-neutral-50">
      <SensorHeader sensor={sensor} />
      <div className="grid grid-cols-1 gap-5 px-6 py-5 lg:grid-cols-[minmax(0,1fr)_340px]">
        <section aria-labelledby="tick-history" className="min-w-0">
          <h2 id="tick-history" className="mb-2 text-[13px] font-semibold text-neutral-800">
            Tick history
          </h2>
          <TickHistory
            ticks={ticks}
            noun="sensor"
            formatTime={(iso) => formatEvaluationTime(iso)}
            showCursor
            empty={
              running
                ? `No ticks yet. The daemon evaluates this sensor ${every}; each evaluation appears here with the runs it launched, or why it skipped.`
                : "No ticks yet. Turn the sensor on and each evaluation appears here with the runs it launched, or why it skipped."
            }
          />
        </section>
        <SideCard title="Cursor">
          <SensorCursor sensor={sensor} />
        </SideCard>
      </div>
    </div>
  );
}
