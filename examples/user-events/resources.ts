// The example's resources: a stand-in for the tracking pipeline's export API, served from the synthetic generator.
import { z } from "zod";
import { resource } from "../../lib/sdk";
import { generateEvents, type RawEvent } from "./synthetic";

/** What raw_events needs from the tracking pipeline; tests swap in a fake with the same shape. */
export interface TrackingPipeline {
  fetchEvents(count: number): Promise<RawEvent[]>;
}

export const trackingPipeline = resource({
  config: z.object({
    seed: z.number().int(),
    users: z.number().int().min(1),
    days: z.number().int().min(1),
    duplicateRate: z.number().min(0).max(1),
  }),
  values: { seed: 42, users: 250, days: 14, duplicateRate: 0.05 },
  setup: (options): TrackingPipeline => ({
    fetchEvents: async (count) => generateEvents({ ...options, count }),
  }),
});
