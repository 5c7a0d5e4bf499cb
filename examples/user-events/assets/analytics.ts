// The analytics group: metrics and a weekly report built on the fact table.
import { asset, meta } from "../../../lib/sdk";
import { factEvents } from "./userEvents";

const GROUP = "analytics";
const OWNERS = ["team:analytics"];

export interface DailyActiveUsers {
  day: string;
  activeUsers: number;
  revenueCents: number;
}

export const dailyActiveUsers = asset({
  key: "analytics/daily_active_users",
  ins: { factEvents },
  group: GROUP,
  description: "Distinct users with at least one event per UTC day, and that day's revenue.",
  owners: OWNERS,
  tags: { tier: "gold" },
  kinds: ["postgres"],
  metadata: { dashboard: meta.url("https://dashboards.example.com/dau") },
  codeVersion: "1",
  compute: ({ factEvents }, ctx): DailyActiveUsers[] => {
    const byDay = new Map<string, { users: Set<number>; revenueCents: number }>();
    for (const event of factEvents) {
      const day = byDay.get(event.day) ?? { users: new Set<number>(), revenueCents: 0 };
      day.users.add(event.userId);
      day.revenueCents += event.revenueCents;
      byDay.set(event.day, day);
    }
    const days = [...byDay.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([day, { users, revenueCents }]) => ({ day, activeUsers: users.size, revenueCents }));
    ctx.addOutputMetadata({
      row_count: days.length,
      latest_day: days.at(-1)?.day,
      latest_active_users: days.at(-1)?.activeUsers,
      preview: meta.tablePreview(days.slice(-7)),
    });
    return days;
  },
});

export const weeklyReport = asset({
  key: "analytics/weekly_report",
  ins: { dailyActiveUsers },
  group: GROUP,
  description: "A Markdown summary of the last seven days, posted to the team channel.",
  owners: OWNERS,
  kinds: ["markdown"],
  metadata: { audience: "leadership" },
  codeVersion: "1",
  compute: ({ dailyActiveUsers }, ctx) => {
    const week = dailyActiveUsers.slice(-7);
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
