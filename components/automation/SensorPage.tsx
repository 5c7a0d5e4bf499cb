"use client";
// One sensor (/automation/sensors/<location>/<name>): header with its switch, its cursor (shown and editable), and
// the tick history. Polls while the sensor runs, so the cursor the daemon moves and each new tick show.
import { InstigatorPageLayout, InstigatorQueryPage } from "./InstigatorPage";
import { SensorCursor } from "./SensorCursor";
import { SensorHeader } from "./SensorHeader";
import { formatInterval } from "./sensorWords";
import { formatEvaluationTime } from "./tickTimes";
import { type Sensor, useSensor, useSensorTicks } from "./useSensors";

export function SensorPage({ codeLocationName, sensorName }: { codeLocationName: string; sensorName: string }) {
  const query = useSensor({ codeLocationName, sensorName });
  return (
    <InstigatorQueryPage kind="sensor" query={query}>
      {(sensor) => <SensorView sensor={sensor} />}
    </InstigatorQueryPage>
  );
}

function SensorView({ sensor }: { sensor: Sensor }) {
  const running = sensor.status === "RUNNING";
  const ticks = useSensorTicks({ codeLocationName: sensor.codeLocationName, sensorName: sensor.name }, running);
  const every = formatInterval(sensor.minimumIntervalSeconds).toLowerCase();
  return (
    <InstigatorPageLayout
      header={<SensorHeader sensor={sensor} />}
      history={{
        ticks,
        noun: "sensor",
        formatTime: (iso) => formatEvaluationTime(iso),
        showCursor: true,
        empty: running
          ? `No ticks yet. The daemon evaluates this sensor ${every}; each evaluation appears here with the runs it launched, or why it skipped.`
          : "No ticks yet. Turn the sensor on and each evaluation appears here with the runs it launched, or why it skipped.",
      }}
      side={{ title: "Cursor", content: <SensorCursor sensor={sensor} /> }}
    />
  );
}
