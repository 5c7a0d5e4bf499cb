// The example's schedules: the daily pipeline each morning, once the day's events are complete.
import { schedule } from "../../lib/sdk";
import { dailyEvents } from "./jobs";

/** At 06:00 UTC the previous day's partition is complete; a tick launches it. Turn it on from the Automation page. */
export const dailyEventsAtSix = schedule({
  name: "daily_events_at_six",
  cron: "0 6 * * *",
  timezone: "UTC",
  target: dailyEvents,
  description: "Loads yesterday's events every morning at 06:00 UTC.",
  maxActiveRuns: 1,
});
