// One schedule: its switch, cron and target, the next ticks, and every tick with the runs it launched.
import type { Metadata } from "next";
import { SchedulePage } from "../../../../../components/automation/SchedulePage";

interface Props {
  params: Promise<{ codeLocationName: string; scheduleName: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { scheduleName } = await params;
  return { title: `Schedule ${decodeURIComponent(scheduleName)}` };
}

export default async function Page({ params }: Props) {
  const { codeLocationName, scheduleName } = await params;
  return (
    <SchedulePage
      codeLocationName={decodeURIComponent(codeLocationName)}
      scheduleName={decodeURIComponent(scheduleName)}
    />
  );
}
