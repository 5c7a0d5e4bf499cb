// The analytics group: daily metrics, a weekly report and revenue by region, built on the fact table.
import { z } from "zod";
import { AutomationCondition, asset, meta, partitionsOf } from "../../../lib/sdk";
import { dayByRegion, eventDays, REGIONS, type Region, reportWeeks } from "../partitions";
import { factEvents } from "./userEvents";

const GROUP = "analytics";
const OWNERS = ["team:analytics"];
const REGION_BY_COUNTRY: Readonly<Record<string, Region>> = {
  US: "americas",
  BR: "americas",
  DE: "emea",
  FR: "emea",
  NG: "emea",
  JP: "apac",
  IN: "apac",
};

export interface DailyActiveUsers {
  day: string;
  activeUsers: number;
  revenueCents: number;
}

export const dailyActiveUsers = asset({
  key: "analytics/daily_active_users",
  ins: { factEvents },
  partitions: eventDays,
  group: GROUP,
  description: "Distinct users with at least one event on the UTC day, and that day's revenue.",
  owners: OWNERS,
  tags: { tier: "gold" },
  kinds: ["postgres"],
  metadata: {
    dashboard: meta.url("https://dashboards.example.com/dau"),
    schema: meta.tableSchema([
      { name: "day", type: "date", description: "UTC day, YYYY-MM-DD" },
      { name: "activeUsers", type: "int", description: "Distinct users with an event that day" },
      { name: "revenueCents", type: "int" },
    ]),
    column_lineage: meta.columnLineage({
      day: [{ asset: factEvents, column: "day" }],
      // The region filter reads the country too.
      activeUsers: [
        { asset: factEvents, column: "userId" },
        { asset: factEvents, column: "country" },
      ],
      revenueCents: [
        { asset: factEvents, column: "revenueCents" },
        { asset: factEvents, column: "country" },
      ],
    }),
  },
  codeVersion: "2",
  // The dashboard follows the fact table: each day's count is refreshed as soon as that day's facts land.
  automationCondition: AutomationCondition.eager(),
  config: z.object({
    region: z
      .enum(["all", ...REGIONS])
      .default("all")
      .describe("Count only users whose events come from this sales region."),
  }),
  compute: ({ factEvents }, ctx): DailyActiveUsers => {
    const day = ctx.partitionKey ?? "";
    const { region } = ctx.config;
    const events =
      region === "all" ? factEvents : factEvents.filter((event) => REGION_BY_COUNTRY[event.country] === region);
    ctx.log.info(`Counting active users in region ${region}.`);
    const activeUsers = new Set(events.flatMap((event) => (event.userId === null ? [] : [event.userId]))).size;
    const revenueCents = events.reduce((sum, event) => sum + event.revenueCents, 0);
    ctx.addOutputMetadata({ active_users: activeUsers, revenue_cents: revenueCents });
    return { day, activeUsers, revenueCents };
  },
});

export const weeklyReport = asset({
  key: "analytics/weekly_report",
  // A weekly partition reads the seven daily partitions of its week, keyed by day.
  ins: { days: partitionsOf(dailyActiveUsers) },
  partitions: reportWeeks,
  group: GROUP,
  description: "A Markdown summary of one Monday-to-Sunday week, posted to the team channel.",
  owners: OWNERS,
  kinds: ["markdown"],
  metadata: { audience: "leadership" },
  codeVersion: "2",
  compute: ({ days }, ctx) => {
    const week = Object.values(days).sort((a, b) => (a.day < b.day ? -1 : 1));
    const average = week.length === 0 ? 0 : week.reduce((sum, d) => sum + d.activeUsers, 0) / week.length;
    const revenue = week.reduce((sum, d) => sum + d.revenueCents, 0) / 100;
    const rows = week.map((d) => `| ${d.day} | ${d.activeUsers} | ${(d.revenueCents / 100).toFixed(2)} |`);
    ctx.log.info(`Writing the report for ${week.length} days.`);
    const report = [
      `# Weekly report (${week[0]?.day ?? "–"} to ${week[week.length - 1]?.day ?? "–"})`,
      "",
      `Average daily active users: **${average.toFixed(1)}**; revenue: **${revenue.toFixed(2)}**.`,
      "",
      "| day | active users | revenue |",
      "|---|---|---|",
      ...rows,
    ].join("\n");
    ctx.addOutputMetadata({ average_daily_active_users: Number(average.toFixed(1)), report: meta.markdown(report) });
    return report;
  },
});

export interface RegionalRevenue {
  day: string;
  region: Region;
  purchases: number;
  revenueCents: number;
}

export const regionalRevenue = asset({
  key: "analytics/regional_revenue",
  ins: { factEvents },
  partitions: dayByRegion,
  group: GROUP,
  description: "Purchases and revenue per UTC day and sales region; each region's finance team reads its own row.",
  owners: OWNERS,
  tags: { tier: "gold" },
  kinds: ["postgres"],
  metadata: {
    schema: meta.tableSchema([
      { name: "day", type: "date" },
      { name: "region", type: "string", description: "Sales region: americas, emea or apac" },
      { name: "purchases", type: "int" },
      { name: "revenueCents", type: "int" },
    ]),
    column_lineage: meta.columnLineage({
      day: [{ asset: factEvents, column: "day" }],
      region: [{ asset: factEvents, column: "country" }],
      purchases: [
        { asset: factEvents, column: "eventId" },
        { asset: factEvents, column: "revenueCents" },
      ],
      revenueCents: [{ asset: factEvents, column: "revenueCents" }],
    }),
  },
  codeVersion: "1",
  compute: ({ factEvents }, ctx): RegionalRevenue => {
    const { date, region } = ctx.partitionDimensionKeys as { date: string; region: Region };
    const purchases = factEvents.filter(
      (event) => event.revenueCents > 0 && REGION_BY_COUNTRY[event.country] === region,
    );
    const revenueCents = purchases.reduce((sum, event) => sum + event.revenueCents, 0);
    ctx.addOutputMetadata({ purchases: purchases.length, revenue_cents: revenueCents });
    return { day: date, region, purchases: purchases.length, revenueCents };
  },
});
