// What sets a sensor off, in words: "Custom", "On materialization of raw_events" (the asset linked) or "On FAILURE of
// daily_events" (the job linked), with the kind of sensor underneath.
import Link from "next/link";
import { assetPageHref } from "../assets/assetLinks";
import { jobPageHref } from "../jobs/jobLinks";
import { sensorTypeLabel } from "./sensorWords";
import type { Sensor } from "./useSensors";

type Trigger = Pick<
  Sensor,
  "sensorType" | "monitoredAssetKey" | "runStatus" | "monitoredJobName" | "monitoredAssetKeys"
>;

const link = "font-medium text-accent-700 hover:underline";

export function SensorTrigger({ sensor }: { sensor: Trigger }) {
  return (
    <div className="min-w-0">
      <div className="text-neutral-900">
        <TriggerWords sensor={sensor} />
      </div>
      <div className="mt-0.5 text-xs text-neutral-500">{sensorTypeLabel[sensor.sensorType]}</div>
    </div>
  );
}

function TriggerWords({ sensor }: { sensor: Trigger }) {
  if (sensor.sensorType === "CUSTOM") return <>Custom</>;
  if (sensor.sensorType === "ASSET") {
    const path = sensor.monitoredAssetKey?.path ?? [];
    return (
      <>
        On materialization of{" "}
        <Link href={assetPageHref(path)} className={link}>
          {path.join("/")}
        </Link>
      </>
    );
  }
  const status = sensor.runStatus ?? "FAILURE";
  if (sensor.monitoredJobName) {
    return (
      <>
        On {status} of{" "}
        <Link href={jobPageHref(sensor.monitoredJobName)} className={link}>
          {sensor.monitoredJobName}
        </Link>
      </>
    );
  }
  if (sensor.monitoredAssetKeys) {
    return (
      <>
        On {status} of runs of{" "}
        {sensor.monitoredAssetKeys.map((key, i) => (
          <span key={key.path.join("/")}>
            {i > 0 && ", "}
            <Link href={assetPageHref(key.path)} className={link}>
              {key.path.join("/")}
            </Link>
          </span>
        ))}
      </>
    );
  }
  return <>On {status} of any run</>;
}
