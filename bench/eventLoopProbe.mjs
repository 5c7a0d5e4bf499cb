// `node --import ./bench/eventLoopProbe.mjs`: how long the process's event loop was held up, written once a second as
// one JSON line to STRATA_LOOP_DELAY_FILE. A request that arrives while the loop is busy (one big answer being
// serialised, say) waits for all of it, so this is the part of every request's latency that no query plan explains.
import { appendFileSync } from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";

const file = process.env.STRATA_LOOP_DELAY_FILE;
if (file) {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const ms = (ns) => Math.round(ns / 1e5) / 10;
  setInterval(() => {
    const window = {
      at: Date.now(),
      p50: ms(histogram.percentile(50)),
      p99: ms(histogram.percentile(99)),
      max: ms(histogram.max),
      cpuMs: Math.round(process.cpuUsage().user / 1000 + process.cpuUsage().system / 1000),
    };
    histogram.reset();
    appendFileSync(file, `${JSON.stringify(window)}\n`);
  }, 1_000).unref();
}
