// Loading a code location in its child process: a definitions error comes back as the load error, word for word.
import path from "node:path";
import { expect, it } from "vitest";
import { loadCodeLocation } from "./codeLocationLoader";

it("reports a schedule whose cron can never fire, naming the schedule and the cron's field", async () => {
  const result = await loadCodeLocation(path.resolve("lib/executor/testdata/impossibleCron.ts"));
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.message).toBe(
    'Invalid definitions: Schedule "leap_report": Cron "0 0 30 2 *" never fires: day-of-month 30 never occurs in February.',
  );
});
