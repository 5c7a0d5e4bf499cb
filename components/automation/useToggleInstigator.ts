// Turns a schedule or sensor on or off. The switch moves at once (the cached item and list are updated before the
// answer comes, and put back if it fails); then the lists that show it refresh.
import { type QueryKey, useMutation, useQueryClient } from "@tanstack/react-query";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import type { InstigatorStatus } from "../../graphql/client/generated/graphql";
import { queryKeys } from "../../graphql/client/queryKeys";

// Each answers with the schedule or sensor as it now is, so the cached item takes the server's word.
const StartScheduleMutationDocument = graphql(`
  mutation StartSchedule($codeLocationName: String!, $scheduleName: String!) {
    startSchedule(codeLocationName: $codeLocationName, scheduleName: $scheduleName) {
      __typename
      ... on Schedule { ...ScheduleFields }
      ... on ScheduleNotFoundError { message }
      ... on UnauthorizedError { message permission }
    }
  }
`);

const StopRunningScheduleMutationDocument = graphql(`
  mutation StopRunningSchedule($codeLocationName: String!, $scheduleName: String!) {
    stopRunningSchedule(codeLocationName: $codeLocationName, scheduleName: $scheduleName) {
      __typename
      ... on Schedule { ...ScheduleFields }
      ... on ScheduleNotFoundError { message }
      ... on UnauthorizedError { message permission }
    }
  }
`);

const StartSensorMutationDocument = graphql(`
  mutation StartSensor($codeLocationName: String!, $sensorName: String!) {
    startSensor(codeLocationName: $codeLocationName, sensorName: $sensorName) {
      __typename
      ... on Sensor { ...SensorFields }
      ... on SensorNotFoundError { message }
      ... on UnauthorizedError { message permission }
    }
  }
`);

const StopSensorMutationDocument = graphql(`
  mutation StopSensor($codeLocationName: String!, $sensorName: String!) {
    stopSensor(codeLocationName: $codeLocationName, sensorName: $sensorName) {
      __typename
      ... on Sensor { ...SensorFields }
      ... on SensorNotFoundError { message }
      ... on UnauthorizedError { message permission }
    }
  }
`);

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
export type ToggleAnswer = Toggled | { __typename: string; message: string };

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
        ? (await fetchGraphQL(StartScheduleMutationDocument, selector)).startSchedule
        : (await fetchGraphQL(StopRunningScheduleMutationDocument, selector)).stopRunningSchedule;
    },
  },
  sensor: {
    list: queryKeys.sensors,
    item: queryKeys.sensor,
    ticks: queryKeys.sensorTicks,
    send: async ({ on, codeLocationName, name }) => {
      const selector = { codeLocationName, sensorName: name };
      return on
        ? (await fetchGraphQL(StartSensorMutationDocument, selector)).startSensor
        : (await fetchGraphQL(StopSensorMutationDocument, selector)).stopSensor;
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
      await Promise.all([
        queryClient.cancelQueries({ queryKey: keys.list }),
        queryClient.cancelQueries({ queryKey: itemKey }),
      ]);
      const previous = {
        list: queryClient.getQueryData<CachedList>(keys.list),
        item: queryClient.getQueryData<CachedItem>(itemKey),
      };
      if (previous.list?.results) {
        const results = previous.list.results.map((i) =>
          i.codeLocationName === codeLocationName && i.name === name ? { ...i, status } : i,
        );
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
