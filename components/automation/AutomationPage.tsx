"use client";
// The Automation page (/automation): what launches runs on its own. Schedules, then sensors, each with its on/off
// switch, how its last tick went and a Test; then the assets with an automation condition and their latest evaluation.
import Link from "next/link";
import { PageHeader } from "../shell/PageHeader";
import { BoltIcon, ClockIcon } from "../ui/icons";
import { AutomatedAssetsSection } from "./AutomatedAssetsSection";
import { AutomationSection } from "./AutomationSection";
import { SchedulesTable } from "./SchedulesTable";
import { SensorsTable } from "./SensorsTable";
import { useSchedules } from "./useSchedules";
import { useSensors } from "./useSensors";

const code = "rounded bg-neutral-100 px-1 py-0.5 font-mono text-[12px] text-neutral-800";

const reload = (
  <>
    then reload the code location on the{" "}
    <Link href="/deployment" className="font-medium text-accent-700 hover:underline">
      Deployment
    </Link>{" "}
    page.
  </>
);

export function AutomationPage() {
  const schedules = useSchedules();
  const sensors = useSensors();

  return (
    <div className="mx-auto flex max-w-[1400px] flex-col px-6 pt-6 pb-8">
      <PageHeader
        title="Automation"
        subtitle="What launches runs on its own: schedules on a cron, sensors that react to events and assets with an automation condition, evaluated by the daemon tick by tick"
      />
      <AutomationSection
        id="schedules"
        title="Schedules"
        query={schedules}
        empty={{
          icon: <ClockIcon size={22} />,
          title: "No schedules yet",
          body: (
            <p>
              A schedule launches a job or a selection of assets on a cron, in a time zone. Define one with{" "}
              <code className={code}>schedule({"{ name, cron, target }"})</code>, pass it to{" "}
              <code className={code}>defineDefinitions({"{ schedules }"})</code>, {reload}
            </p>
          ),
        }}
        note={
          <>
            A schedule that is turned on starts from that moment: it launches nothing for the time it was off. Runs
            start once the daemon ticks (<code className="font-mono">strata dev</code> runs it).
          </>
        }
      >
        {(results) => <SchedulesTable schedules={results} />}
      </AutomationSection>
      <AutomationSection
        id="sensors"
        title="Sensors"
        query={sensors}
        empty={{
          icon: <BoltIcon size={22} />,
          title: "No sensors yet",
          body: (
            <p>
              A sensor launches runs when something happens: a new materialization of an asset, a run ending, or
              whatever its own function finds. Define one with <code className={code}>assetSensor()</code>,{" "}
              <code className={code}>runStatusSensor()</code> or <code className={code}>sensor()</code>, pass it to{" "}
              <code className={code}>defineDefinitions({"{ sensors }"})</code>, {reload}
            </p>
          ),
        }}
        note={
          <>
            The daemon evaluates each running sensor at its interval. A sensor keeps its cursor while it is off, so
            turning it on again picks up the events since it stopped; one that has never run starts from the latest
            event.
          </>
        }
      >
        {(results) => <SensorsTable sensors={results} />}
      </AutomationSection>
      <AutomatedAssetsSection />
    </div>
  );
}
