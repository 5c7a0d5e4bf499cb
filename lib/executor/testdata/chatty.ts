// A code location whose steps write a lot: log lines through ctx.log, lines to stdout, and a chain whose middle step
// logs a line the test's database refuses to store.
import { asset, defineDefinitions } from "../../sdk";

export const LOG_LINES = 100_000;
export const STDOUT_LINES = 200_000;

const logBurst = asset({
  key: "chatty/log_burst",
  compute: (_inputs, ctx) => {
    // In one go, never yielding: every line is queued before the first is written.
    for (let i = 0; i < LOG_LINES; i++) void ctx.log.info(`line ${i}`);
    return LOG_LINES;
  },
});

const stdoutFlood = asset({
  key: "chatty/stdout_flood",
  compute: () => {
    for (let i = 0; i < STDOUT_LINES; i++) console.log(`stdout line ${i} ${"·".repeat(i % 40)}`);
    return STDOUT_LINES;
  },
});

const clean = asset({
  key: "chatty/clean",
  compute: (_inputs, ctx) => {
    ctx.log.info("clean ran");
    return 1;
  },
});
const poisoned = asset({
  key: "chatty/poisoned",
  ins: { clean },
  compute: ({ clean }, ctx) => {
    ctx.log.info("before the refused line");
    ctx.log.info("poison");
    ctx.log.info("after the refused line");
    return clean + 1;
  },
});
const downstream = asset({ key: "chatty/downstream", ins: { poisoned }, compute: ({ poisoned }) => poisoned + 1 });

export default defineDefinitions({ assets: [logBurst, stdoutFlood, clean, poisoned, downstream] });
