// Schedule math: when a schedule ticks, which ticks are due, what each launches, and the cron in words. Pure: no I/O.
export { describeCron } from "./describeCron";
export { dueTicks, MISSED_TICKS_COUNT_LIMIT, type DueTicks, type DueTicksInput, type MissedTicks } from "./dueTicks";
export { SCHEDULE_TAG, scheduleLauncher, TICK_TAG } from "./runTags";
export { nextTicks, scheduleCron, ticksAfter, ticksBetween, type ScheduleTiming } from "./scheduleTicks";
export { tickPartitions, type TickPartitions } from "./tickPartitions";
