// A schedule's past ticks, newest first, paged by cursor ("Load more"); polls while the schedule runs.
import { useInfiniteQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "./fetchGraphQL";
import { queryKeys } from "./queryKeys";
import { SCHEDULE_TICKS_QUERY, type ScheduleSelector, type ScheduleTicksPage, type ScheduleTicksQueryData, type ScheduleTicksQueryVariables } from "./schedules";

export const TICKS_PAGE_SIZE = 25;

export function useScheduleTicks(selector: ScheduleSelector, live: boolean) {
  return useInfiniteQuery({
    queryKey: queryKeys.scheduleTicks(selector.codeLocationName, selector.scheduleName),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      fetchGraphQL<ScheduleTicksQueryData, ScheduleTicksQueryVariables>(SCHEDULE_TICKS_QUERY, { ...selector, limit: TICKS_PAGE_SIZE, cursor: pageParam }, { signal }).then(
        (d) => d.scheduleOrError,
      ),
    getNextPageParam: (last: ScheduleTicksPage) => (last.__typename === "Schedule" && last.ticks.length === TICKS_PAGE_SIZE ? (last.ticks.at(-1)?.id ?? null) : null),
    refetchInterval: live ? 3_000 : false,
  });
}
