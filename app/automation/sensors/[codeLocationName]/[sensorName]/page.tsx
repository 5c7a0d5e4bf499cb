// One sensor: its switch, trigger and target, its cursor, and every tick with the runs it launched.
import type { Metadata } from "next";
import { SensorPage } from "../../../../../components/automation/SensorPage";

interface Props {
  params: Promise<{ codeLocationName: string; sensorName: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { sensorName } = await params;
  return { title: `Sensor ${decodeURIComponent(sensorName)}` };
}

export default async function Page({ params }: Props) {
  const { codeLocationName, sensorName } = await params;
  return (
    <SensorPage codeLocationName={decodeURIComponent(codeLocationName)} sensorName={decodeURIComponent(sensorName)} />
  );
}
