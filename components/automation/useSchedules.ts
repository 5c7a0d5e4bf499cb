// Schedules: the list and one schedule with its next ticks (both polled while it runs, so last ticks and next times
// stay current), and a page of its past ticks. The on/off mutations are in useToggleInstigator.
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import type { ScheduleFieldsFragment } from "../../graphql/client/generated/graphql";
import { queryKeys } from "../../graphql/client/queryKeys";
import { useInstigator, useInstigatorList, useTickPages } from "./useInstigatorQueries";

/** Everything a schedule's row and its page header show; schedules are few, so both read the same fields. */
export type Schedule = ScheduleFieldsFragment;

/** How many upcoming ticks the list and the schedule page show (`nextTickTimes(limit: 5)` below). */
export const NEXT_TICKS = 5;

graphql(`
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
    nextTickTimes(limit: 5)
    lastTick { ...TickFields }
  }
`);

const SchedulesQueryDocument = graphql(`
  query Schedules {
    schedulesOrError {
      __typename
      ... on Schedules { results { ...ScheduleFields } }
      ... on CodeLocationNotFoundError { message }
    }
  }
`);

const ScheduleOrErrorQueryDocument = graphql(`
  query ScheduleOrError($codeLocationName: String!, $scheduleName: String!) {
    scheduleOrError(codeLocationName: $codeLocationName, scheduleName: $scheduleName) {
      __typename
      ... on Schedule { ...ScheduleFields }
      ... on ScheduleNotFoundError { message }
    }
  }
`);

const ScheduleTicksQueryDocument = graphql(`
  query ScheduleTicks($codeLocationName: String!, $scheduleName: String!, $limit: Int!, $cursor: String) {
    scheduleOrError(codeLocationName: $codeLocationName, scheduleName: $scheduleName) {
      __typename
      ... on Schedule { id ticks(limit: $limit, cursor: $cursor) { ...TickFields } }
      ... on ScheduleNotFoundError { message }
    }
  }
`);

export interface ScheduleSelector {
  codeLocationName: string;
  scheduleName: string;
}

export function useSchedules() {
  return useInstigatorList(queryKeys.schedules, (signal) =>
    fetchGraphQL(SchedulesQueryDocument, {}, { signal }).then((d) => d.schedulesOrError),
  );
}

export function useSchedule(selector: ScheduleSelector) {
  return useInstigator(queryKeys.schedule(selector.codeLocationName, selector.scheduleName), (signal) =>
    fetchGraphQL(ScheduleOrErrorQueryDocument, selector, { signal }).then((d) => d.scheduleOrError),
  );
}

export function useScheduleTicks(selector: ScheduleSelector, live: boolean) {
  return useTickPages(
    queryKeys.scheduleTicks(selector.codeLocationName, selector.scheduleName),
    (page, signal) =>
      fetchGraphQL(ScheduleTicksQueryDocument, { ...selector, ...page }, { signal }).then((d) =>
        d.scheduleOrError.__typename === "Schedule" ? d.scheduleOrError.ticks : [],
      ),
    live,
  );
}
