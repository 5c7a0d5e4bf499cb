// Every schedule of the loaded code locations; refreshed while any runs, so last ticks and next times stay current.
import { useQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "./fetchGraphQL";
import { queryKeys } from "./queryKeys";
import { SCHEDULES_QUERY, type SchedulesQueryData } from "./schedules";

export function useSchedules() {
  return useQuery({
    queryKey: queryKeys.schedules,
    queryFn: ({ signal }) => fetchGraphQL<SchedulesQueryData>(SCHEDULES_QUERY, undefined, { signal }).then((d) => d.schedulesOrError),
    refetchInterval: (query) => {
      const data = query.state.data;
      const running = data?.__typename === "Schedules" && data.results.some((schedule) => schedule.status === "RUNNING");
      // Idle lists still refresh now and then, for schedules toggled or reloaded elsewhere.
      return running ? 5_000 : 30_000;
    },
  });
}
