// The example's partitions: events arrive per UTC day, reports are weekly, and revenue is split by region.
import { dailyPartitions, multiPartitions, staticPartitions, weeklyPartitions } from "../../lib/sdk";

export const eventDays = dailyPartitions({ start: "2026-01-01" });

/** Weeks starting on Monday; the first full week of 2026 starts on the 5th. */
export const reportWeeks = weeklyPartitions({ start: "2026-01-05", dayOffset: 1 });

export const REGIONS = ["americas", "emea", "apac"] as const;
export type Region = (typeof REGIONS)[number];

export const dayByRegion = multiPartitions({ date: eventDays, region: staticPartitions([...REGIONS]) });
