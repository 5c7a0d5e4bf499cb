// Evaluates a sensor's function in a child process, as runs do: user code never runs in the daemon, and a sensor that
// hangs or crashes is reported on its tick instead of stopping the other sensors.
import { spawn } from "node:child_process";
import path from "node:path";
import type { SensorEvaluationRequest, SensorEvaluationResult } from "../core/sensorEvaluation";

const EVALUATION_TIMEOUT_MS = 60_000;

export function evaluateSensorInProcess(modulePath: string, request: SensorEvaluationRequest, env: Readonly<Record<string, string>> = {}): Promise<SensorEvaluationResult> {
  const root = process.env.STRATA_PACKAGE_ROOT ?? process.cwd();
  const entry = path.join(root, "lib/executor/sensorEvaluationEntry.ts");
  return new Promise((resolve) => {
    let settled = false;
    let stderr = "";
    const finish = (result: SensorEvaluationResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill("SIGKILL");
      resolve(result);
    };
    const child = spawn(process.execPath, ["--import", "tsx", entry, path.resolve(root, modulePath)], {
      cwd: root,
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      env: { ...process.env, ...env, STRATA_SENSOR_REQUEST: JSON.stringify(request) },
    });
    const timer = setTimeout(() => finish({ ok: false, error: `Sensor "${request.sensorName}" took longer than ${EVALUATION_TIMEOUT_MS / 1000} s and was stopped.`, logs: [] }), EVALUATION_TIMEOUT_MS);
    child.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-20_000)));
    child.on("message", (message) => finish(message as SensorEvaluationResult));
    child.on("error", (error) => finish({ ok: false, error: error.message, logs: [] }));
    child.on("exit", (code) => finish({ ok: false, error: `The sensor process exited with code ${code} before reporting.${stderr ? `\n${stderr}` : ""}`, logs: [] }));
  });
}
