// Schedules: the list and one schedule with its next ticks, a page of its past ticks, and the on/off mutations.
import type { PartitionsKind } from "./partitions";
import type { RunTag } from "./runs";
import { TICK_FIELDS, type InstigatorStatus, type Tick } from "./ticks";
import type { AssetKey } from "./types";
import type { UnauthorizedError } from "./viewer";

/** How many upcoming ticks the list and the schedule page show. */
export const NEXT_TICKS = 5;

/** Everything a schedule's row and its page header show; schedules are few, so both read the same fields. */
const SCHEDULE_FIELDS = /* GraphQL */ `
  fragment ScheduleFields on Schedule {
    id
    name
    codeLocationName
    description
    cronSchedule
    cronDescription
    executionTimezone
    status
    defaultStatus
    catchup
    maxActiveRuns
    jobName
    selection
    assetKeys { path }
    partitionsDefinition { kind description }
    tags { key value }
    nextTickTimes(limit: ${NEXT_TICKS})
    lastTick { ...TickFields }
  }
  ${TICK_FIELDS}
`;

export interface Schedule {
  id: string;
  name: string;
  codeLocationName: string;
  description: string | null;
  cronSchedule: string;
  /** The cron in words ("Daily at 06:00"); null for less common shapes. */
  cronDescription: string | null;
  executionTimezone: string;
  status: InstigatorStatus;
  defaultStatus: InstigatorStatus;
  catchup: boolean;
  maxActiveRuns: number | null;
  jobName: string | null;
  selection: string | null;
  assetKeys: AssetKey[];
  partitionsDefinition: { kind: PartitionsKind; description: string } | null;
  tags: RunTag[];
  /** The next cron times after now, whether or not it is running. */
  nextTickTimes: string[];
  lastTick: Tick | null;
}

// ---- schedulesOrError --------------------------------------------------------------------------

export const SCHEDULES_QUERY = /* GraphQL */ `
  query Schedules {
    schedulesOrError {
      __typename
      ... on Schedules { results { ...ScheduleFields } }
      ... on CodeLocationNotFoundError { message }
    }
  }
  ${SCHEDULE_FIELDS}
`;

export type SchedulesOrError = { __typename: "Schedules"; results: Schedule[] } | { __typename: "CodeLocationNotFoundError"; message: string };

export interface SchedulesQueryData {
  schedulesOrError: SchedulesOrError;
}

// ---- scheduleOrError ---------------------------------------------------------------------------

export const SCHEDULE_OR_ERROR_QUERY = /* GraphQL */ `
  query ScheduleOrError($codeLocationName: String!, $scheduleName: String!) {
    scheduleOrError(codeLocationName: $codeLocationName, scheduleName: $scheduleName) {
      __typename
      ... on Schedule { ...ScheduleFields }
      ... on ScheduleNotFoundError { message }
    }
  }
  ${SCHEDULE_FIELDS}
`;

export type ScheduleOrError = ({ __typename: "Schedule" } & Schedule) | { __typename: "ScheduleNotFoundError"; message: string };

export interface ScheduleOrErrorQueryData {
  scheduleOrError: ScheduleOrError;
}

export interface ScheduleSelector extends Record<string, unknown> {
  codeLocationName: string;
  scheduleName: string;
}

// ---- a page of ticks ---------------------------------------------------------------------------

export const SCHEDULE_TICKS_QUERY = /* GraphQL */ `
  query ScheduleTicks($codeLocationName: String!, $scheduleName: String!, $limit: Int!, $cursor: String) {
    scheduleOrError(codeLocationName: $codeLocationName, scheduleName: $scheduleName) {
      __typename
      ... on Schedule { id ticks(limit: $limit, cursor: $cursor) { ...TickFields } }
      ... on ScheduleNotFoundError { message }
    }
  }
  ${TICK_FIELDS}
`;

export type ScheduleTicksPage = { __typename: "Schedule"; id: string; ticks: Tick[] } | { __typename: "ScheduleNotFoundError"; message: string };

export interface ScheduleTicksQueryData {
  scheduleOrError: ScheduleTicksPage;
}

export interface ScheduleTicksQueryVariables extends ScheduleSelector {
  limit: number;
  cursor: string | null;
}

// ---- startSchedule / stopRunningSchedule -------------------------------------------------------

const toggleMutation = (field: "startSchedule" | "stopRunningSchedule") => /* GraphQL */ `
  mutation ${field === "startSchedule" ? "StartSchedule" : "StopRunningSchedule"}($codeLocationName: String!, $scheduleName: String!) {
    ${field}(codeLocationName: $codeLocationName, scheduleName: $scheduleName) {
      __typename
      ... on Schedule { ...ScheduleFields }
      ... on ScheduleNotFoundError { message }
      ... on UnauthorizedError { message permission }
    }
  }
  ${SCHEDULE_FIELDS}
`;

export const START_SCHEDULE_MUTATION = toggleMutation("startSchedule");
export const STOP_RUNNING_SCHEDULE_MUTATION = toggleMutation("stopRunningSchedule");

export type ScheduleMutationResult = ScheduleOrError | UnauthorizedError;

export interface StartScheduleData {
  startSchedule: ScheduleMutationResult;
}

export interface StopRunningScheduleData {
  stopRunningSchedule: ScheduleMutationResult;
}
