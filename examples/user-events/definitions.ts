// The user-events code location: synthetic product events, cleaned and joined, feeding daily and weekly analytics.
import { defineDefinitions } from "../../lib/sdk";
import { dailyActiveUsers, regionalRevenue, weeklyReport } from "./assets/analytics";
import { deduplicatedEvents, enrichedEvents, factEvents, rawEvents, userProfiles } from "./assets/userEvents";
import { noNullUserIds, rowCountInRange } from "./checks";
import { dailyEvents } from "./jobs";
import { trackingPipeline, warehouse } from "./resources";
import { dailyEventsAtSix } from "./schedules";
import { dedupeNewRawEvents, reportPipelineFailures } from "./sensors";

export default defineDefinitions({
  assets: [
    rawEvents,
    deduplicatedEvents,
    userProfiles,
    enrichedEvents,
    factEvents,
    dailyActiveUsers,
    weeklyReport,
    regionalRevenue,
  ],
  resources: { trackingPipeline, warehouse },
  jobs: [dailyEvents],
  schedules: [dailyEventsAtSix],
  checks: [noNullUserIds, rowCountInRange],
  sensors: [dedupeNewRawEvents, reportPipelineFailures],
});
