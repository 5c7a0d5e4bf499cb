// `npm run chaos [-- --partitions N --workers N --worker-kills N --daemon-kills N --postgres-restarts N --seed N
// --deadline-s N --verbose]`: the chaos suite at full size; prints the summary and exits 1 unless it passed.
import { parseArgs } from "node:util";
import { runChaos } from "./chaosScenario";
import { chaosPassed, formatChaosReport } from "./chaosSummary";

const { values } = parseArgs({
  options: {
    partitions: { type: "string", default: "300" },
    workers: { type: "string", default: "2" },
    "worker-kills": { type: "string", default: "4" },
    "daemon-kills": { type: "string", default: "2" },
    "postgres-restarts": { type: "string", default: "1" },
    "compute-ms": { type: "string", default: "300" },
    seed: { type: "string" },
    "deadline-s": { type: "string", default: "420" },
    verbose: { type: "boolean", default: false },
  },
});

function count(name: keyof typeof values, min: number): number {
  const raw = values[name];
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    console.error(`--${name} must be a whole number of at least ${min}, got "${String(raw)}".`);
    process.exit(2);
  }
  return value;
}

const started = Date.now();
const report = await runChaos({
  partitions: count("partitions", 1),
  workers: count("workers", 1),
  workerKills: count("worker-kills", 0),
  daemonKills: count("daemon-kills", 0),
  postgresRestarts: count("postgres-restarts", 0),
  computeMs: count("compute-ms", 0),
  // Small chunks keep the daemon submitting through most of the backfill, so killing it lands mid-submission.
  chunkSize: 10,
  maxQueuedRuns: 20,
  deadlineMs: count("deadline-s", 1) * 1000,
  retryRounds: 3,
  seed: values.seed === undefined ? Date.now() % 2 ** 31 : count("seed", 0),
  verbose: values.verbose,
  log: (line) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}`),
});
console.log(formatChaosReport(report));
process.exit(chaosPassed(report) ? 0 : 1);
