// The example's sensors (both off until turned on from the Automation page): cleaning raw events as soon as a day of
// them lands, and telling a webhook about failed runs of the daily pipeline.
import { assetSensor, runStatusSensor } from "../../lib/sdk";
import { deduplicatedEvents, rawEvents } from "./assets/userEvents";
import { dailyEvents } from "./jobs";

/** A day of raw events fetched on its own (say, by a backfill of raw_events) is deduplicated right after. */
export const dedupeNewRawEvents = assetSensor({
  name: "dedupe_new_raw_events",
  description: "Launches deduplicated_events for each day raw_events materializes.",
  asset: rawEvents,
  target: [deduplicatedEvents],
  minimumIntervalSeconds: 15,
});

/** Posts failed runs of the daily pipeline to EXAMPLE_ALERT_WEBHOOK_URL (and logs them when it is not set). */
export const reportPipelineFailures = runStatusSensor({
  name: "report_pipeline_failures",
  description: "Tells the data-eng channel when a run of daily_events fails.",
  status: "FAILURE",
  monitored: dailyEvents,
  evaluate: async ({ run, log }) => {
    const text = `Run ${run.runId.slice(0, 8)} of ${run.jobName} failed${run.partitionKey ? ` for ${run.partitionKey}` : ""}: ${run.message} ${run.url}`;
    const url = process.env.EXAMPLE_ALERT_WEBHOOK_URL;
    if (!url) return log.warn(`EXAMPLE_ALERT_WEBHOOK_URL is not set; would have posted: ${text}`);
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text }),
    });
    if (!response.ok) throw new Error(`The webhook answered HTTP ${response.status}.`);
  },
});
