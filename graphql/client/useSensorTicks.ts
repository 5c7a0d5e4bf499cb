// A sensor's past ticks (one per evaluation), newest first, paged by cursor; polls while the sensor runs.
import { fetchGraphQL } from "./fetchGraphQL";
import { queryKeys } from "./queryKeys";
import { SENSOR_TICKS_QUERY, type SensorSelector, type SensorTicksQueryData, type SensorTicksQueryVariables } from "./sensors";
import { useTickPages } from "./useTickPages";

export function useSensorTicks(selector: SensorSelector, live: boolean) {
  return useTickPages(
    queryKeys.sensorTicks(selector.codeLocationName, selector.sensorName),
    (page, signal) =>
      fetchGraphQL<SensorTicksQueryData, SensorTicksQueryVariables>(SENSOR_TICKS_QUERY, { ...selector, ...page }, { signal }).then((d) =>
        d.sensorOrError.__typename === "Sensor" ? d.sensorOrError.ticks : [],
      ),
    live,
  );
}
