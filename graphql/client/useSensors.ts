// Every sensor of the loaded code locations; refreshed while any runs, so last ticks and cursors stay current.
import { useQuery } from "@tanstack/react-query";
import { fetchGraphQL } from "./fetchGraphQL";
import { queryKeys } from "./queryKeys";
import { SENSORS_QUERY, type SensorsQueryData } from "./sensors";

export function useSensors() {
  return useQuery({
    queryKey: queryKeys.sensors,
    queryFn: ({ signal }) => fetchGraphQL<SensorsQueryData>(SENSORS_QUERY, undefined, { signal }).then((d) => d.sensorsOrError),
    refetchInterval: (query) => {
      const data = query.state.data;
      const running = data?.__typename === "Sensors" && data.results.some((sensor) => sensor.status === "RUNNING");
      // Idle lists still refresh now and then, for sensors toggled or reloaded elsewhere.
      return running ? 5_000 : 30_000;
    },
  });
}
