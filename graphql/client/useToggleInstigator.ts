// Turns a schedule or sensor on or off. The switch moves at once (the cached item and list are updated before the
// answer comes, and put back if it fails); then the lists that show it refresh.
import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { fetchGraphQL } from "./fetchGraphQL";
import { queryKeys } from "./queryKeys";
import { START_SCHEDULE_MUTATION, STOP_RUNNING_SCHEDULE_MUTATION, type ScheduleSelector, type StartScheduleData, type StopRunningScheduleData } from "./schedules";
import { START_SENSOR_MUTATION, STOP_SENSOR_MUTATION, type SensorSelector, type StartSensorData, type StopSensorData } from "./sensors";
import type { InstigatorStatus } from "./ticks";
import type { UnauthorizedError } from "./viewer";

export type InstigatorKind = "schedule" | "sensor";

export interface InstigatorToggle {
  codeLocationName: string;
  name: string;
  on: boolean;
}

interface Toggled {
  codeLocationName: string;
  name: string;
  status: InstigatorStatus;
}

/** The schedule or sensor as the server has it now, or why it refused. */
export type ToggleAnswer =
  | ({ __typename: "Schedule" | "Sensor" } & Toggled)
  | { __typename: "ScheduleNotFoundError" | "SensorNotFoundError"; message: string }
  | UnauthorizedError;

/** The cached list and item shapes (SchedulesOrError / ScheduleOrError, SensorsOrError / SensorOrError), as far as a toggle touches them. */
type CachedList = { __typename: string; results?: Toggled[]; message?: string };
type CachedItem = { __typename: string; status?: InstigatorStatus; message?: string };

interface Kind {
  list: QueryKey;
  item: (codeLocationName: string, name: string) => QueryKey;
  ticks: (codeLocationName: string, name: string) => QueryKey;
  send: (toggle: InstigatorToggle) => Promise<ToggleAnswer>;
}

const kinds: Record<InstigatorKind, Kind> = {
  schedule: {
    list: queryKeys.schedules,
    item: queryKeys.schedule,
    ticks: queryKeys.scheduleTicks,
    send: async ({ on, codeLocationName, name }) => {
      const selector = { codeLocationName, scheduleName: name };
      return on
        ? (await fetchGraphQL<StartScheduleData, ScheduleSelector>(START_SCHEDULE_MUTATION, selector)).startSchedule
        : (await fetchGraphQL<StopRunningScheduleData, ScheduleSelector>(STOP_RUNNING_SCHEDULE_MUTATION, selector)).stopRunningSchedule;
    },
  },
  sensor: {
    list: queryKeys.sensors,
    item: queryKeys.sensor,
    ticks: queryKeys.sensorTicks,
    send: async ({ on, codeLocationName, name }) => {
      const selector = { codeLocationName, sensorName: name };
      return on
        ? (await fetchGraphQL<StartSensorData, SensorSelector>(START_SENSOR_MUTATION, selector)).startSensor
        : (await fetchGraphQL<StopSensorData, SensorSelector>(STOP_SENSOR_MUTATION, selector)).stopSensor;
    },
  },
};

export function useToggleInstigator(kind: InstigatorKind) {
  const queryClient = useQueryClient();
  const keys = kinds[kind];
  return useMutation({
    mutationFn: keys.send,
    onMutate: async ({ on, codeLocationName, name }: InstigatorToggle) => {
      const status: InstigatorStatus = on ? "RUNNING" : "STOPPED";
      const itemKey = keys.item(codeLocationName, name);
      await Promise.all([queryClient.cancelQueries({ queryKey: keys.list }), queryClient.cancelQueries({ queryKey: itemKey })]);
      const previous = { list: queryClient.getQueryData<CachedList>(keys.list), item: queryClient.getQueryData<CachedItem>(itemKey) };
      if (previous.list?.results) {
        const results = previous.list.results.map((i) => (i.codeLocationName === codeLocationName && i.name === name ? { ...i, status } : i));
        queryClient.setQueryData<CachedList>(keys.list, { ...previous.list, results });
      }
      if (previous.item?.status) queryClient.setQueryData<CachedItem>(itemKey, { ...previous.item, status });
      return previous;
    },
    onError: (_error, { codeLocationName, name }, previous) => {
      if (previous?.list) queryClient.setQueryData(keys.list, previous.list);
      if (previous?.item) queryClient.setQueryData(keys.item(codeLocationName, name), previous.item);
    },
    onSuccess: (answer, { codeLocationName, name }) => {
      if ("status" in answer) queryClient.setQueryData(keys.item(codeLocationName, name), answer);
    },
    onSettled: async (_answer, _error, { codeLocationName, name }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.list }),
        queryClient.invalidateQueries({ queryKey: keys.item(codeLocationName, name) }),
        queryClient.invalidateQueries({ queryKey: keys.ticks(codeLocationName, name) }),
      ]);
    },
  });
}
