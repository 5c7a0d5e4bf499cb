// Sensors: the list and one sensor with its cursor and next evaluation (both polled while it runs, so the cursor the
// daemon moves and each new tick show), a page of its past ticks, and setting or clearing the cursor. The on/off
// mutations are in useToggleInstigator.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { fetchGraphQL } from "../../graphql/client/fetchGraphQL";
import { graphql } from "../../graphql/client/generated";
import type { SensorFieldsFragment, SetSensorCursorMutationVariables } from "../../graphql/client/generated/graphql";
import { queryKeys } from "../../graphql/client/queryKeys";
import { useInstigator, useInstigatorList, useTickPages } from "./useInstigatorQueries";

/** Everything a sensor's row and its page header show; sensors are few, so both read the same fields. */
export type Sensor = SensorFieldsFragment;

graphql(`
  fragment SensorFields on Sensor {
    id
    name
    codeLocationName
    description
    sensorType
    status
    defaultStatus
    minimumIntervalSeconds
    cursor
    jobName
    selection
    assetKeys { path }
    partitionsDefinition { kind description }
    monitoredAssetKey { path }
    runStatus
    monitoredJobName
    monitoredAssetKeys { path }
    nextEvaluationAt
    lastTick { ...TickFields }
  }
`);

const SensorsQueryDocument = graphql(`
  query Sensors {
    sensorsOrError {
      __typename
      ... on Sensors { results { ...SensorFields } }
      ... on CodeLocationNotFoundError { message }
    }
  }
`);

const SensorOrErrorQueryDocument = graphql(`
  query SensorOrError($codeLocationName: String!, $sensorName: String!) {
    sensorOrError(codeLocationName: $codeLocationName, sensorName: $sensorName) {
      __typename
      ... on Sensor { ...SensorFields }
      ... on SensorNotFoundError { message }
    }
  }
`);

const SensorTicksQueryDocument = graphql(`
  query SensorTicks($codeLocationName: String!, $sensorName: String!, $limit: Int!, $cursor: String) {
    sensorOrError(codeLocationName: $codeLocationName, sensorName: $sensorName) {
      __typename
      ... on Sensor { id ticks(limit: $limit, cursor: $cursor) { ...TickFields } }
      ... on SensorNotFoundError { message }
    }
  }
`);

const SetSensorCursorMutationDocument = graphql(`
  mutation SetSensorCursor($codeLocationName: String!, $sensorName: String!, $cursor: String) {
    setSensorCursor(codeLocationName: $codeLocationName, sensorName: $sensorName, cursor: $cursor) {
      __typename
      ... on Sensor { ...SensorFields }
      ... on SensorNotFoundError { message }
      ... on InvalidSensorCursorError { message }
      ... on UnauthorizedError { message permission }
    }
  }
`);

export interface SensorSelector {
  codeLocationName: string;
  sensorName: string;
}

export function useSensors() {
  return useInstigatorList(queryKeys.sensors, (signal) =>
    fetchGraphQL(SensorsQueryDocument, {}, { signal }).then((d) => d.sensorsOrError),
  );
}

export function useSensor(selector: SensorSelector) {
  return useInstigator(queryKeys.sensor(selector.codeLocationName, selector.sensorName), (signal) =>
    fetchGraphQL(SensorOrErrorQueryDocument, selector, { signal }).then((d) => d.sensorOrError),
  );
}

export function useSensorTicks(selector: SensorSelector, live: boolean) {
  return useTickPages(
    queryKeys.sensorTicks(selector.codeLocationName, selector.sensorName),
    (page, signal) =>
      fetchGraphQL(SensorTicksQueryDocument, { ...selector, ...page }, { signal }).then((d) =>
        d.sensorOrError.__typename === "Sensor" ? d.sensorOrError.ticks : [],
      ),
    live,
  );
}

/** `cursor: null` clears it. */
export function useSetSensorCursor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (variables: SetSensorCursorMutationVariables) =>
      (await fetchGraphQL(SetSensorCursorMutationDocument, variables)).setSensorCursor,
    onSuccess: async (result, { codeLocationName, sensorName }) => {
      const sensorKey = queryKeys.sensor(codeLocationName, sensorName);
      if (result.__typename === "Sensor") {
        // A poll that left before the edit would answer with the old cursor; drop it.
        await queryClient.cancelQueries({ queryKey: sensorKey });
        queryClient.setQueryData(sensorKey, result);
      }
      await queryClient.invalidateQueries({ queryKey: queryKeys.sensors });
    },
  });
}
