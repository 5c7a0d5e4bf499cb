// The columns a run shows wherever runs are listed (the runs list, a backfill's runs): its id, status, when it was
// created and how long it took.
import type { RunStatus } from "../../graphql/client/generated/graphql";
import type { Column } from "../ui/DataTable";
import { RelativeTime } from "../ui/RelativeTime";
import { RunDuration } from "./RunDuration";
import { RunIdLink } from "./RunIdLink";
import { RunStatusBadge } from "./RunStatusBadge";

interface RunTimes {
  runId: string;
  status: RunStatus;
  creationTime: string;
  startTime: string | null;
  endTime: string | null;
}

export const runIdColumn: Column<RunTimes> = {
  header: "Run",
  width: "w-28",
  cell: (run) => <RunIdLink runId={run.runId} />,
};

export const runStatusColumn: Column<RunTimes> = {
  header: "Status",
  width: "w-28",
  cell: (run) => <RunStatusBadge status={run.status} />,
};

export const runCreatedColumn: Column<RunTimes> = {
  header: "Created",
  width: "w-28",
  cellClassName: "whitespace-nowrap text-neutral-600",
  cell: (run) => <RelativeTime timestamp={run.creationTime} />,
};

export const runDurationColumn: Column<RunTimes> = {
  header: "Duration",
  width: "w-24",
  align: "right",
  cellClassName: "whitespace-nowrap tabular-nums text-neutral-700",
  cell: (run) => <RunDuration start={run.startTime} end={run.endTime} />,
};
