// Sensor intervals in words.
import { expect, it } from "vitest";
import { formatInterval } from "./sensorWords";

it("says an interval in its largest whole unit", () => {
  expect([1, 15, 60, 90, 120, 3600, 5400, 7200].map(formatInterval)).toEqual([
    "Every second",
    "Every 15 seconds",
    "Every minute",
    "Every 90 seconds",
    "Every 2 minutes",
    "Every hour",
    "Every 90 minutes",
    "Every 2 hours",
  ]);
});
