// Turns a schedule on or off. The switch moves at once (the cached schedule and list are updated before the answer
// comes, and put back if it fails); then the lists that show the schedule refresh.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { fetchGraphQL } from "./fetchGraphQL";
import { queryKeys } from "./queryKeys";
import {
  START_SCHEDULE_MUTATION,
  STOP_RUNNING_SCHEDULE_MUTATION,
  type ScheduleOrError,
  type SchedulesOrError,
  type ScheduleSelector,
  type StartScheduleData,
  type StopRunningScheduleData,
} from "./schedules";

type Toggle = ScheduleSelector & { on: boolean };

export function useToggleSchedule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ on, ...selector }: Toggle): Promise<ScheduleOrError> =>
      on
        ? (await fetchGraphQL<StartScheduleData, ScheduleSelector>(START_SCHEDULE_MUTATION, selector)).startSchedule
        : (await fetchGraphQL<StopRunningScheduleData, ScheduleSelector>(STOP_RUNNING_SCHEDULE_MUTATION, selector)).stopRunningSchedule,
    onMutate: async ({ on, codeLocationName, scheduleName }: Toggle) => {
      const status = on ? ("RUNNING" as const) : ("STOPPED" as const);
      const scheduleKey = queryKeys.schedule(codeLocationName, scheduleName);
      await Promise.all([queryClient.cancelQueries({ queryKey: queryKeys.schedules }), queryClient.cancelQueries({ queryKey: scheduleKey })]);
      const previous = { list: queryClient.getQueryData<SchedulesOrError>(queryKeys.schedules), schedule: queryClient.getQueryData<ScheduleOrError>(scheduleKey) };
      if (previous.list?.__typename === "Schedules") {
        const results = previous.list.results.map((s) => (s.codeLocationName === codeLocationName && s.name === scheduleName ? { ...s, status } : s));
        const list: SchedulesOrError = { ...previous.list, results };
        queryClient.setQueryData(queryKeys.schedules, list);
      }
      if (previous.schedule?.__typename === "Schedule") {
        const schedule: ScheduleOrError = { ...previous.schedule, status };
        queryClient.setQueryData(scheduleKey, schedule);
      }
      return previous;
    },
    onError: (_error, { codeLocationName, scheduleName }, previous) => {
      if (previous?.list) queryClient.setQueryData(queryKeys.schedules, previous.list);
      if (previous?.schedule) queryClient.setQueryData(queryKeys.schedule(codeLocationName, scheduleName), previous.schedule);
    },
    onSuccess: (result, { codeLocationName, scheduleName }) => {
      if (result.__typename === "Schedule") queryClient.setQueryData(queryKeys.schedule(codeLocationName, scheduleName), result);
    },
    onSettled: async (_result, _error, { codeLocationName, scheduleName }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.schedules }),
        queryClient.invalidateQueries({ queryKey: queryKeys.schedule(codeLocationName, scheduleName) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.scheduleTicks(codeLocationName, scheduleName) }),
      ]);
    },
  });
}
