// A code location for sensor tests: a custom sensor counting up its cursor, an asset sensor, and a run status sensor
// that appends each failed run it is told about to a file.
import { appendFile } from "node:fs/promises";
import { asset, assetSensor, defineDefinitions, runStatusSensor, sensor } from "../../sdk";

const source = asset({ key: "sensed/source", compute: () => 1 });
const target = asset({ key: "sensed/target", compute: () => 2 });
const broken = asset({ key: "sensed/broken", compute: () => 3 });

const counter = sensor({
  name: "counter",
  target: [target],
  defaultStatus: "RUNNING",
  minimumIntervalSeconds: 10,
  evaluate: ({ cursor, log }) => {
    const next = Number(cursor ?? 0) + 1;
    log.info(`evaluation ${next}`);
    // Every evaluation asks for runs 1..next; the run keys make each launch once.
    return {
      runRequests: Array.from({ length: next }, (_, i) => ({
        runKey: `count-${i + 1}`,
        tags: { count: String(i + 1) },
      })),
      cursor: String(next),
    };
  },
});

const follower = assetSensor({
  name: "follow_source",
  asset: source,
  target: [target],
  defaultStatus: "RUNNING",
  minimumIntervalSeconds: 10,
});

const onFailure = runStatusSensor({
  name: "record_failures",
  status: "FAILURE",
  monitored: [broken],
  defaultStatus: "RUNNING",
  minimumIntervalSeconds: 10,
  evaluate: async ({ run }) => {
    if (process.env.SENSOR_OUTPUT) await appendFile(process.env.SENSOR_OUTPUT, `${run.runId} ${run.message}\n`);
  },
});

const crashing = sensor({
  name: "crashing",
  target: [target],
  defaultStatus: "STOPPED",
  evaluate: () => {
    throw new Error("the bucket listing failed");
  },
});

export default defineDefinitions({
  assets: [source, target, broken],
  sensors: [counter, follower, onFailure, crashing],
});
