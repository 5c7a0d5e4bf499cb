// Evaluates a sensor's function in a child process, as runs do: a sensor that hangs or crashes is reported on its
// tick instead of stopping the other sensors.
import path from "node:path";
import type { SensorEvaluationRequest, SensorEvaluationResult } from "../core/sensorEvaluation";
import { callChildProcess, packageRoot } from "./callChildProcess";

const EVALUATION_TIMEOUT_MS = 60_000;

export function evaluateSensorInProcess(
  modulePath: string,
  request: SensorEvaluationRequest,
): Promise<SensorEvaluationResult> {
  return callChildProcess<SensorEvaluationResult>({
    entry: "lib/executor/sensorEvaluationEntry.ts",
    args: [path.resolve(packageRoot(), modulePath)],
    env: { STRATA_SENSOR_REQUEST: JSON.stringify(request) },
    timeoutMs: EVALUATION_TIMEOUT_MS,
    onTimeout: () => ({
      ok: false,
      error: `Sensor "${request.sensorName}" took longer than ${EVALUATION_TIMEOUT_MS / 1000} s and was stopped.`,
      logs: [],
    }),
    onFailure: (reason, stderr) => ({
      ok: false,
      error: `The sensor process ${reason}.${stderr ? `\n${stderr}` : ""}`,
      logs: [],
    }),
  });
}
