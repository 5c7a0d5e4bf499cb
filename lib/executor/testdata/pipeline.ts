// A small code location for executor tests: a fast chain, a slow asset, a failing asset with retries, an asset that
// kills its own process, and a job.
import { z } from "zod";
import { asset, defineDefinitions, job } from "../../sdk";

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(new Error("aborted"));
    });
  });

const numbers = asset({
  key: "test/numbers",
  compute: (_inputs, ctx) => {
    console.log("hello from numbers");
    ctx.addOutputMetadata({ row_count: 3 });
    return [1, 2, 3];
  },
});

const total = asset({
  key: "test/total",
  ins: { numbers },
  compute: ({ numbers }) => numbers.reduce((a, b) => a + b, 0),
});

const slow = asset({
  key: "test/slow",
  config: z.object({ ms: z.number().int().default(60_000) }),
  compute: async (_inputs, ctx) => {
    await sleep(ctx.config.ms, ctx.signal);
    return "done";
  },
});

const flaky = asset({
  key: "test/flaky",
  retryPolicy: { maxRetries: 2, delayMs: 10 },
  compute: (_inputs, ctx) => {
    throw new Error(`flaky failed on attempt ${ctx.attempt}`);
  },
});

const crash = asset({
  key: "test/crash",
  compute: () => process.exit(3),
});

const afterFlaky = asset({ key: "test/after_flaky", ins: { flaky }, compute: () => 1 });

const quick = job({
  name: "quick",
  selection: "test/slow",
  tags: { speed: "quick" },
  presets: [{ name: "instant", config: { ops: { "test/slow": { config: { ms: 1 } } } } }],
});

export default defineDefinitions({ assets: [numbers, total, slow, flaky, afterFlaky, crash], jobs: [quick] });
