// One sensor with its cursor and next evaluation, or SensorNotFoundError; polls while it runs, so the cursor the
// daemon moves and each new tick show.
import { useQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "./fetchGraphQL";
import { queryKeys } from "./queryKeys";
import { SENSOR_OR_ERROR_QUERY, type SensorOrErrorQueryData, type SensorSelector } from "./sensors";

export function useSensor(selector: SensorSelector) {
  return useQuery({
    queryKey: queryKeys.sensor(selector.codeLocationName, selector.sensorName),
    queryFn: ({ signal }) => fetchGraphQL<SensorOrErrorQueryData, SensorSelector>(SENSOR_OR_ERROR_QUERY, selector, { signal }).then((d) => d.sensorOrError),
    refetchInterval: (query) => (query.state.data?.__typename === "Sensor" && query.state.data.status === "RUNNING" ? 3_000 : false),
  });
}
