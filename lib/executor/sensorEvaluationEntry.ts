// Child-process entry that imports a code location and evaluates one of its sensors, sending the result back.
import { pathToFileURL } from "node:url";
import type { SensorEvaluationRequest, SensorEvaluationResult } from "../core/sensorEvaluation";
import { isDefinitions } from "../sdk";

async function evaluate(modulePath: string, request: SensorEvaluationRequest): Promise<SensorEvaluationResult> {
  const logs: string[] = [];
  const write = (level: string) => (message: string) => void logs.push(`${level} ${String(message)}`);
  const log = { debug: write("DEBUG"), info: write("INFO"), warn: write("WARN"), error: write("ERROR") };
  try {
    const loaded = (await import(pathToFileURL(modulePath).href)) as { default?: unknown; definitions?: unknown };
    const definitions = loaded.default ?? loaded.definitions;
    if (!isDefinitions(definitions))
      return { ok: false, error: `${modulePath} does not export its definitions.`, logs };
    const sensor = definitions.getSensor(request.sensorName);
    if (!sensor)
      return { ok: false, error: `Sensor "${request.sensorName}" is not defined in ${modulePath} any more.`, logs };
    if (request.kind === "custom" && sensor.type === "custom") {
      const result = await sensor.evaluate({ cursor: request.cursor, now: new Date(request.now), log });
      return {
        ok: true,
        runRequests: [...(result?.runRequests ?? [])],
        cursor: result?.cursor === undefined ? request.cursor : result.cursor,
        skipReason: result?.skipReason ?? null,
        logs,
      };
    }
    if (request.kind === "run_status" && sensor.type === "run_status") {
      await sensor.evaluate({ run: request.run, log });
      return { ok: true, runRequests: [], cursor: null, skipReason: null, logs };
    }
    return {
      ok: false,
      error: `Sensor "${request.sensorName}" is a ${sensor.type} sensor, not a ${request.kind} one.`,
      logs,
    };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error), logs };
  }
}

const modulePath = process.argv[2] ?? "";
const request = JSON.parse(process.env.STRATA_SENSOR_REQUEST ?? "{}") as SensorEvaluationRequest;
process.send?.(await evaluate(modulePath, request), () => process.exit(0));
