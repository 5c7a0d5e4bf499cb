// The sensor page header: name and switch, description, and the facts of its definition (trigger, target,
// partitions, interval, next evaluation, code location).
import type { Sensor } from "./useSensors";
import { Breadcrumbs } from "../ui/Breadcrumbs";
import { Fact } from "../ui/Fact";
import { InstigatorSwitch } from "./InstigatorSwitch";
import { NextEvaluation } from "./NextEvaluation";
import { SensorTarget } from "./SensorTarget";
import { SensorTrigger } from "./SensorTrigger";
import { formatInterval } from "./sensorWords";

export function SensorHeader({ sensor }: { sensor: Sensor }) {
  return (
    <header className="border-b border-neutral-200 bg-white px-6 pt-4 pb-4">
      <Breadcrumbs crumbs={[{ label: "Automation", href: "/automation" }, { label: sensor.name }]} />
      <div className="mt-1.5 flex flex-wrap items-center justify-between gap-4">
        <h1 className="min-w-0 truncate text-xl font-semibold tracking-tight text-neutral-900">{sensor.name}</h1>
        <InstigatorSwitch kind="sensor" codeLocationName={sensor.codeLocationName} name={sensor.name} status={sensor.status} showLabel />
      </div>
      {sensor.description ? (
        <p className="mt-1 max-w-3xl whitespace-pre-wrap text-[13px] leading-5 text-neutral-600">{sensor.description}</p>
      ) : (
        <p className="mt-1 text-[13px] italic text-neutral-400">No description. Add one with the sensor&apos;s <code>description</code> option.</p>
      )}

      <dl className="mt-3 grid grid-cols-[repeat(auto-fill,minmax(190px,1fr))] gap-x-6 gap-y-3 text-[13px]">
        <Fact label="Trigger">
          <SensorTrigger sensor={sensor} />
        </Fact>
        <Fact label="Target">
          <SensorTarget sensor={sensor} />
        </Fact>
        <Fact label="Partitions">{sensor.partitionsDefinition ? sensor.partitionsDefinition.description : <span className="text-neutral-400">Unpartitioned</span>}</Fact>
        <Fact label="Interval">
          <div>{formatInterval(sensor.minimumIntervalSeconds)}</div>
          {sensor.status === "RUNNING" && <NextEvaluation sensor={sensor} className="mt-0.5 block text-xs text-neutral-500" />}
        </Fact>
        <Fact label="Code location">{sensor.codeLocationName}</Fact>
      </dl>
    </header>
  );
}
