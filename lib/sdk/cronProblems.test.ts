// Every place a cron is written (schedules, time-window partitions, on_cron conditions, freshness policies) refuses
// one that cannot be read or can never fire, naming where it is written and the cron's field.
import { expect, it } from "vitest";
import { asset } from "./asset";
import { AutomationCondition } from "./automationCondition";
import { defineDefinitions } from "./definitions";
import { timeWindowPartitions } from "./partitions";
import { problemsOf } from "./problemsOf.testing";
import { schedule } from "./schedule";

const report = asset({ key: "report", compute: () => 1 });

it("refuses crons that never fire or misuse L, W and #, wherever they are written", () => {
  expect(
    problemsOf(() =>
      defineDefinitions({
        assets: [report],
        schedules: [
          schedule({ name: "leap_report", cron: "0 0 30 2 *", target: "report" }),
          schedule({ name: "seconds", cron: "0 0 6 * * *", target: "report" }),
          schedule({ name: "last_but_one", cron: "0 6 L-1 * *", target: "report" }),
        ],
      }),
    ),
  ).toEqual([
    'Schedule "leap_report": Cron "0 0 30 2 *" never fires: day-of-month 30 never occurs in February.',
    'Schedule "seconds": Cron "0 0 6 * * *" has 6 fields; Strata\'s crons have 5 (minute hour day-of-month month day-of-week), without a seconds or year field.',
    'Schedule "last_but_one": Cron "0 6 L-1 * *": day-of-month "L-1": offsets from the last day (L-n) are not supported; L alone is the last day of the month.',
  ]);
  expect(() => timeWindowPartitions({ cron: "0 0 31 4,6,9,11 *", start: "2026-04-01" })).toThrow(
    'Cron "0 0 31 4,6,9,11 *" never fires: day-of-month 31 never occurs in April, June, September, November.',
  );
  expect(
    problemsOf(() =>
      asset({
        key: "rare",
        compute: () => 1,
        automationCondition: AutomationCondition.onCron("0 6 * * 5#6"),
        freshnessPolicy: { cron: "0 7 31 2 *", maximumLagMinutes: 60 },
      }),
    ),
  ).toEqual([
    expect.stringMatching(
      /freshnessPolicy\.cron: Cron "0 7 31 2 \*" never fires: day-of-month 31 never occurs in February\.$/,
    ),
    expect.stringMatching(
      /automationCondition cron: Cron "0 6 \* \* 5#6": day-of-week "5#6": the n in #n must be 1-5 \(or L for the last\)/,
    ),
  ]);
});

it("accepts L, W, # and macros there", () => {
  const monthEnd = timeWindowPartitions({ cron: "0 0 L * *", start: "2026-01-01" });
  expect(monthEnd.snapshot).toMatchObject({ cron: "0 0 L * *", start: "2026-01-31", keyFormat: "date" });
  expect(() =>
    defineDefinitions({
      assets: [
        asset({
          key: "fresh",
          compute: () => 1,
          automationCondition: AutomationCondition.onCron("0 6 * * FRI#2"),
          freshnessPolicy: { cron: "0 7 LW * *", maximumLagMinutes: 60 },
        }),
      ],
      schedules: [schedule({ name: "nearest", cron: "0 6 15W * ?", target: "fresh" })],
    }),
  ).not.toThrow();
});
