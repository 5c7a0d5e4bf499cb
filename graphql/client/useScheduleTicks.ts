// A schedule's past ticks, newest first, paged by cursor; polls while the schedule runs.
import { fetchGraphQL } from "./fetchGraphQL";
import { queryKeys } from "./queryKeys";
import { SCHEDULE_TICKS_QUERY, type ScheduleSelector, type ScheduleTicksQueryData, type ScheduleTicksQueryVariables } from "./schedules";
import { useTickPages } from "./useTickPages";

export function useScheduleTicks(selector: ScheduleSelector, live: boolean) {
  return useTickPages(
    queryKeys.scheduleTicks(selector.codeLocationName, selector.scheduleName),
    (page, signal) =>
      fetchGraphQL<ScheduleTicksQueryData, ScheduleTicksQueryVariables>(SCHEDULE_TICKS_QUERY, { ...selector, ...page }, { signal }).then((d) =>
        d.scheduleOrError.__typename === "Schedule" ? d.scheduleOrError.ticks : [],
      ),
    live,
  );
}
