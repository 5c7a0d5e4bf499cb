// The sensors table: an on/off switch and the name, what sets it off in words, what it launches, how often it is
// evaluated and when next, and how its last tick went.
import Link from "next/link";
import type { Sensor } from "./useSensors";
import { tableHeadClass } from "../ui/table";
import { sensorPageHref } from "./automationLinks";
import { InstigatorSwitch } from "./InstigatorSwitch";
import { LastTick } from "./LastTick";
import { NextEvaluation } from "./NextEvaluation";
import { SensorTarget } from "./SensorTarget";
import { SensorTrigger } from "./SensorTrigger";
import { formatInterval } from "./sensorWords";

export function SensorsTable({ sensors }: { sensors: readonly Sensor[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-neutral-200 bg-white shadow-xs">
      <table aria-label="Sensors" className="w-full min-w-[1100px] text-left text-[13px]">
        <thead className={tableHeadClass}>
          <tr>
            <th scope="col" className="w-16 px-4 py-2">
              <span className="sr-only">Running</span>
            </th>
            <th scope="col" className="px-3 py-2">Sensor</th>
            <th scope="col" className="w-64 px-3 py-2">Trigger</th>
            <th scope="col" className="w-52 px-3 py-2">Target</th>
            <th scope="col" className="w-44 px-3 py-2">Interval</th>
            <th scope="col" className="w-32 px-3 py-2">Last tick</th>
            <th scope="col" className="w-36 px-4 py-2">Code location</th>
          </tr>
        </thead>
        <tbody>
          {sensors.map((sensor) => (
            <tr key={sensor.id} className="border-b border-neutral-100 align-top last:border-b-0 hover:bg-neutral-50">
              <td className="px-4 py-3">
                <InstigatorSwitch kind="sensor" codeLocationName={sensor.codeLocationName} name={sensor.name} status={sensor.status} />
              </td>
              <td className="max-w-0 px-3 py-3">
                <Link href={sensorPageHref(sensor.codeLocationName, sensor.name)} className="font-medium text-accent-700 hover:underline">
                  {sensor.name}
                </Link>
                {sensor.description ? (
                  <p className="mt-0.5 line-clamp-2 text-xs leading-5 text-neutral-600" title={sensor.description}>
                    {sensor.description}
                  </p>
                ) : (
                  <p className="mt-0.5 text-xs italic text-neutral-400">No description</p>
                )}
              </td>
              <td className="max-w-0 px-3 py-3">
                <SensorTrigger sensor={sensor} />
              </td>
              <td className="max-w-0 px-3 py-3">
                <SensorTarget sensor={sensor} />
                {sensor.partitionsDefinition && (
                  <div className="mt-0.5 truncate text-xs text-neutral-500" title={sensor.partitionsDefinition.description}>
                    {sensor.partitionsDefinition.description}
                  </div>
                )}
              </td>
              <td className="px-3 py-3">
                <div className="text-neutral-900">{formatInterval(sensor.minimumIntervalSeconds)}</div>
                <NextEvaluation sensor={sensor} className="mt-0.5 block text-xs text-neutral-500" />
              </td>
              <td className="px-3 py-3">
                <LastTick tick={sensor.lastTick} />
              </td>
              <td className="truncate px-4 py-3 text-neutral-700" title={sensor.codeLocationName}>
                {sensor.codeLocationName}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
