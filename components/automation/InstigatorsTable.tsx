// The schedules and sensors tables: an on/off switch and the name, what sets it off, what it launches (and its
// partitions), when it runs next, how its last tick went, and its code location. The caller gives the three columns
// that differ.
import Link from "next/link";
import type { InstigatorStatus } from "../../graphql/client/generated/graphql";
import { type Column, DataTable } from "../ui/DataTable";
import { schedulePageHref, sensorPageHref } from "./automationLinks";
import { InstigatorSwitch } from "./InstigatorSwitch";
import { LastTick } from "./LastTick";
import { TestInstigatorButton } from "./TestInstigatorDialog";
import type { Tick } from "./useInstigatorQueries";
import type { InstigatorKind } from "./useToggleInstigator";

export interface InstigatorRow {
  id: string;
  name: string;
  codeLocationName: string;
  description: string | null;
  status: InstigatorStatus;
  partitionsDefinition: { description: string } | null;
  lastTick: Tick | null;
}

interface Props<T extends InstigatorRow> {
  kind: InstigatorKind;
  items: readonly T[];
  /** What sets it off (a cron, an event). */
  trigger: Column<T>;
  /** What it launches; its partitions are added below. */
  target: Omit<Column<T>, "header">;
  /** When it runs next. */
  timing: Column<T>;
}

const pageHref: Record<InstigatorKind, (codeLocationName: string, name: string) => string> = {
  schedule: schedulePageHref,
  sensor: sensorPageHref,
};

export function InstigatorsTable<T extends InstigatorRow>({ kind, items, trigger, target, timing }: Props<T>) {
  const columns: Column<T>[] = [
    {
      header: <span className="sr-only">Running</span>,
      width: "w-16",
      cell: (item) => (
        <InstigatorSwitch kind={kind} codeLocationName={item.codeLocationName} name={item.name} status={item.status} />
      ),
    },
    {
      header: kind === "schedule" ? "Schedule" : "Sensor",
      cellClassName: "max-w-0",
      cell: (item) => (
        <>
          <Link
            href={pageHref[kind](item.codeLocationName, item.name)}
            className="font-medium text-accent-700 hover:underline"
          >
            {item.name}
          </Link>
          {item.description ? (
            <p className="mt-0.5 line-clamp-2 text-xs leading-5 text-neutral-600" title={item.description}>
              {item.description}
            </p>
          ) : (
            <p className="mt-0.5 text-xs text-neutral-500 italic">No description</p>
          )}
        </>
      ),
    },
    trigger,
    {
      ...target,
      header: "Target",
      cellClassName: "max-w-0",
      cell: (item) => (
        <>
          {target.cell(item)}
          {item.partitionsDefinition && (
            <div className="mt-0.5 truncate text-xs text-neutral-500" title={item.partitionsDefinition.description}>
              {item.partitionsDefinition.description}
            </div>
          )}
        </>
      ),
    },
    timing,
    { header: "Last tick", width: "w-32", cell: (item) => <LastTick tick={item.lastTick} /> },
    {
      header: "Code location",
      width: "w-36",
      cellClassName: "truncate text-neutral-700",
      title: (item) => item.codeLocationName,
      cell: (item) => item.codeLocationName,
    },
    {
      header: <span className="sr-only">Test</span>,
      width: "w-20",
      cell: (item) => <TestInstigatorButton kind={kind} codeLocationName={item.codeLocationName} name={item.name} />,
    },
  ];
  return (
    <DataTable
      label={kind === "schedule" ? "Schedules" : "Sensors"}
      minWidth="min-w-[1180px]"
      columns={columns}
      rows={items}
      rowKey={(item) => item.id}
      density="roomy"
      valign="top"
    />
  );
}
