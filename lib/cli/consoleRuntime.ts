// V8 settings of the console's process, shared by `strata dev` and the bench that measures the console's answers.

/**
 * Semi-spaces of 64 MB (V8's default is 16 MB on 64-bit). The catalog's answer at 100,000 assets is a result tree of
 * about 1.5 million objects, alive while it is serialised: with the default young generation most of it is copied into
 * the old generation before it dies. Measured on that answer: 12 % less time (15 % with 128 MB, which doubles what an
 * idle console may hold for it).
 */
export const CONSOLE_NODE_FLAGS: readonly string[] = ["--max-semi-space-size=64"];

/** Whether this process runs with the console's V8 settings. */
export function hasConsoleNodeFlags(execArgv: readonly string[] = process.execArgv): boolean {
  return CONSOLE_NODE_FLAGS.every((flag) => execArgv.includes(flag));
}
