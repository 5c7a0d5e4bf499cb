// Schedule math: when a schedule ticks, which ticks are due, what each launches, and the cron in words. Pure: no I/O.
export { describeCron } from "./describeCron";
export { type DueTicks, type DueTicksInput, dueTicks, MISSED_TICKS_COUNT_LIMIT, type MissedTicks } from "./dueTicks";
export { SCHEDULE_TAG, scheduleLauncher, TICK_TAG } from "./runTags";
export { nextTicks, type ScheduleTiming, scheduleCron, ticksAfter, ticksBetween } from "./scheduleTicks";
export { type TickPartitions, tickPartitions } from "./tickPartitions";
