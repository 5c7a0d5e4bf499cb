// One schedule with its next ticks, or ScheduleNotFoundError; polls while it runs so new ticks show.
import { useQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "./fetchGraphQL";
import { queryKeys } from "./queryKeys";
import { SCHEDULE_OR_ERROR_QUERY, type ScheduleOrErrorQueryData, type ScheduleSelector } from "./schedules";

export function useSchedule(selector: ScheduleSelector) {
  return useQuery({
    queryKey: queryKeys.schedule(selector.codeLocationName, selector.scheduleName),
    queryFn: ({ signal }) => fetchGraphQL<ScheduleOrErrorQueryData, ScheduleSelector>(SCHEDULE_OR_ERROR_QUERY, selector, { signal }).then((d) => d.scheduleOrError),
    refetchInterval: (query) => (query.state.data?.__typename === "Schedule" && query.state.data.status === "RUNNING" ? 3_000 : false),
  });
}
