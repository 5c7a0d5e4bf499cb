// What passes between the daemon and a sensor's own function (evaluated in a child process): the request and its
// result, as plain data.
import type { RunConfig } from "./runConfig/types";

/** A run a sensor asks for. `runKey` makes it idempotent: a key the sensor already launched is not launched again. */
export interface RunRequest {
  runKey?: string;
  partitionKey?: string;
  tags?: Readonly<Record<string, string>>;
  config?: RunConfig;
}

/** The run a run status sensor is told about. */
export interface SensorRunInfo {
  runId: string;
  status: "SUCCESS" | "FAILURE";
  jobName: string | null;
  assetKeys: string[];
  partitionKey: string | null;
  /** The run's last event message, e.g. why it failed. */
  message: string;
  /** The run's page in the console. */
  url: string;
}

export type SensorEvaluationRequest =
  | { sensorName: string; kind: "custom"; cursor: string | null; now: string }
  | { sensorName: string; kind: "run_status"; run: SensorRunInfo };

export type SensorEvaluationResult =
  | { ok: true; runRequests: RunRequest[]; cursor: string | null; skipReason: string | null; logs: string[] }
  | { ok: false; error: string; logs: string[] };
