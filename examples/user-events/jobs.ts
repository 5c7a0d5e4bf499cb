// The example's jobs: the daily event pipeline, with presets for a quick sample and for stricter deduplication.
import { job } from "../../lib/sdk";

export const dailyEvents = job({
  name: "daily_events",
  selection: "group:user_events",
  description: "Fetches, cleans and loads one day of product events into the fact table.",
  tags: { team: "data-eng" },
  presets: [
    {
      name: "small_sample",
      description: "50 raw events: a run finishes in a few seconds, for trying changes out.",
      config: { ops: { raw_events: { config: { eventCount: 50 } } } },
      tags: { sample: "true" },
    },
    {
      name: "strict_dedupe",
      description: "Treats events of one user, type and moment as duplicates even when their ids differ.",
      config: { ops: { deduplicated_events: { config: { dedupe_keys: ["userId", "type", "occurredAt"] } } } },
    },
  ],
});
