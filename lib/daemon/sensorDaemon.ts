// The sensors loop: evaluates each running sensor whose interval has passed, its own function in a child process.
import { evaluateSensorInProcess } from "../executor/evaluateSensor";
import { type SensorTickOptions, tickSensorEvaluations } from "../orchestration/automation/sensors";
import type { Database } from "../store/database";

export async function tickSensors(
  db: Database,
  options: Omit<SensorTickOptions, "evaluate"> & Partial<Pick<SensorTickOptions, "evaluate">>,
) {
  const summaries = await tickSensorEvaluations(db, {
    ...options,
    evaluate: options.evaluate ?? ((modulePath, request) => evaluateSensorInProcess(modulePath, request)),
  });
  for (const tick of summaries) {
    if (tick.status === "FAILURE")
      options.log?.(`Sensor ${tick.sensorName} (${tick.codeLocationName}) failed; see its ticks.`);
    else if (tick.runIds.length > 0) options.log?.(`Sensor ${tick.sensorName} launched ${tick.runIds.length} run(s).`);
  }
  return summaries;
}
