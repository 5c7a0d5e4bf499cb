// Sets or clears a sensor's cursor; the answer replaces the cached sensor at once, then the list refreshes.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { fetchGraphQL } from "./fetchGraphQL";
import { queryKeys } from "./queryKeys";
import { SET_SENSOR_CURSOR_MUTATION, type SetSensorCursorData, type SetSensorCursorResult, type SetSensorCursorVariables } from "./sensors";

export function useSetSensorCursor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (variables: SetSensorCursorVariables): Promise<SetSensorCursorResult> =>
      (await fetchGraphQL<SetSensorCursorData, SetSensorCursorVariables>(SET_SENSOR_CURSOR_MUTATION, variables)).setSensorCursor,
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
