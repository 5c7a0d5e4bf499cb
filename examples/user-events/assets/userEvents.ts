// The user_events group: raw events in, deduplicated, joined with user profiles, shaped into a fact table.
import { z } from "zod";
import { asset, externalAsset, meta, PARTITION_COLUMN, quoteIdentifier } from "../../../lib/sdk";
import { eventDays } from "../partitions";
import { trackingPipeline, warehouse } from "../resources";
import { type EventType, fingerprint, generateUserProfiles, type UserProfile } from "../synthetic";

const GROUP = "user_events";
const DATA_ENG = "data-eng@example.com";
const USERS = 250;

// The columns of each table, shown in the asset page's Columns tab with where each comes from (`column:userId` selects
// every asset with that column).
const RAW_EVENT_COLUMNS = [
  { name: "eventId", type: "string", description: "Unique per event; redelivered copies repeat it" },
  { name: "userId", type: "int", description: "Null when the tracker lost the user" },
  { name: "type", type: "string" },
  { name: "occurredAt", type: "timestamp", description: "ISO 8601, UTC" },
  { name: "amountCents", type: "int", description: "Present on purchases" },
];
const PROFILE_COLUMNS = [
  { name: "userId", type: "int" },
  { name: "country", type: "string", description: "ISO 3166 country code" },
  { name: "plan", type: "string", description: "free, pro or enterprise" },
];

/** Column lineage for columns copied unchanged from one upstream: each column ← the upstream's column of that name. */
function sameColumns(upstream: { readonly key: readonly string[] }, columns: readonly { name: string }[]) {
  return Object.fromEntries(columns.map(({ name }) => [name, [{ asset: upstream, column: name }]]));
}

export const rawEvents = asset({
  key: "raw_events",
  group: GROUP,
  description:
    "One UTC day of product events as delivered by the tracking pipeline, **including duplicates** from at-least-once delivery.",
  partitions: eventDays,
  owners: [DATA_ENG],
  tags: { tier: "bronze", pii: "false" },
  kinds: ["typescript"],
  metadata: {
    source: "synthetic",
    seed: 42,
    expectedEventsPerDay: 500,
    docs: meta.url("https://example.com/docs/tracking"),
    schema: meta.tableSchema(RAW_EVENT_COLUMNS),
  },
  codeVersion: "1",
  config: z.object({
    eventCount: z
      .number()
      .int()
      .min(1)
      .default(500)
      .describe("How many events of the day to fetch from the tracking pipeline, duplicates included."),
    lostUserShare: z
      .number()
      .min(0)
      .max(1)
      .default(0)
      .describe(
        "Share of events delivered without a user id, as a tracker bug would; fact_events' no_null_user_ids check catches them.",
      ),
  }),
  resources: { trackingPipeline },
  // The export API is flaky under load; a couple of spaced-out retries ride out most hiccups.
  retryPolicy: { maxRetries: 2, delayMs: 500, backoff: "exponential", jitter: "full" },
  compute: async (_inputs, ctx) => {
    const day = ctx.partitionKey ?? "";
    const fetched = await ctx.resources.trackingPipeline.fetchEvents(day, ctx.config.eventCount);
    // Every n-th event loses its user, so a given share always drops the same events.
    const every = ctx.config.lostUserShare > 0 ? Math.max(1, Math.round(1 / ctx.config.lostUserShare)) : 0;
    const events =
      every > 0 ? fetched.map((event, i) => (i % every === 0 ? { ...event, userId: null } : event)) : fetched;
    ctx.log.info(`Fetched ${events.length} raw events for ${day} (attempt ${ctx.attempt}).`);
    ctx.addOutputMetadata({
      row_count: events.length,
      distinct_users: new Set(events.map((event) => event.userId)).size,
    });
    return events;
  },
});

export const deduplicatedEvents = asset({
  key: "deduplicated_events",
  ins: { rawEvents },
  partitions: eventDays,
  group: GROUP,
  description: "Raw events with redelivered copies removed; the first copy of each `eventId` wins.",
  owners: [DATA_ENG],
  tags: { tier: "silver" },
  kinds: ["typescript"],
  metadata: {
    dedupeKey: "eventId",
    schema: meta.tableSchema(RAW_EVENT_COLUMNS),
    column_lineage: meta.columnLineage(sameColumns(rawEvents, RAW_EVENT_COLUMNS)),
  },
  codeVersion: "1",
  config: z.object({
    dedupe_keys: z
      .array(z.enum(["eventId", "userId", "type", "occurredAt"]))
      .min(1)
      .default(["eventId"])
      .describe("Fields that together identify one event; the first event of each combination is kept."),
  }),
  compute: ({ rawEvents }, ctx) => {
    const keys = ctx.config.dedupe_keys;
    const seen = new Set<string>();
    const unique = rawEvents.filter((event) => {
      const identity = JSON.stringify(keys.map((key) => event[key]));
      return !seen.has(identity) && seen.add(identity);
    });
    ctx.log.info(`Deduplicating on ${keys.join(", ")}: removed ${rawEvents.length - unique.length} duplicate events.`);
    ctx.addOutputMetadata({ row_count: unique.length, duplicates_removed: rawEvents.length - unique.length });
    return unique;
  },
});

export const userProfiles = externalAsset({
  key: "user_profiles",
  group: GROUP,
  description: "User profiles maintained by the CRM; Strata observes this table but never writes it.",
  owners: ["crm-team@example.com"],
  tags: { pii: "true" },
  kinds: ["postgres"],
  metadata: { table: "crm.user_profiles", schema: meta.tableSchema(PROFILE_COLUMNS) },
  load: (): UserProfile[] => generateUserProfiles({ seed: 7, users: USERS }),
  observe: () => {
    const profiles = generateUserProfiles({ seed: 7, users: USERS });
    return { dataVersion: fingerprint(profiles), metadata: { rows: profiles.length } };
  },
});

export interface EnrichedEvent {
  eventId: string;
  userId: number | null;
  type: EventType;
  occurredAt: string;
  amountCents: number | null;
  country: string;
  plan: UserProfile["plan"] | "unknown";
}

export const enrichedEvents = asset({
  key: "enriched_events",
  ins: { deduplicatedEvents, userProfiles },
  partitions: eventDays,
  group: GROUP,
  description: "Deduplicated events joined with the user's country and plan; users without a profile get `unknown`.",
  owners: [DATA_ENG],
  tags: { tier: "silver" },
  kinds: ["postgres"],
  metadata: {
    joinKey: "userId",
    schema: meta.tableSchema([
      ...RAW_EVENT_COLUMNS,
      { name: "country", type: "string", description: "The user's country; unknown without a profile" },
      { name: "plan", type: "string", description: "The user's plan; unknown without a profile" },
    ]),
    column_lineage: meta.columnLineage({
      ...sameColumns(deduplicatedEvents, RAW_EVENT_COLUMNS),
      // Joined on userId: each profile column also depends on the event's user.
      country: [
        { asset: userProfiles, column: "country" },
        { asset: deduplicatedEvents, column: "userId" },
      ],
      plan: [
        { asset: userProfiles, column: "plan" },
        { asset: deduplicatedEvents, column: "userId" },
      ],
    }),
  },
  codeVersion: "1",
  config: z.object({
    lookback_days: z
      .number()
      .int()
      .min(0)
      .max(30)
      .default(1)
      .describe(
        "Late events are accepted when they occurred at most this many days before the partition's day; older ones are dropped as replays.",
      ),
  }),
  compute: ({ deduplicatedEvents, userProfiles }, ctx): EnrichedEvent[] => {
    const lookbackDays = ctx.config.lookback_days;
    const earliest = ctx.partitionKey
      ? new Date(Date.parse(`${ctx.partitionKey}T00:00:00Z`) - lookbackDays * 86_400_000).toISOString()
      : "";
    const recent = deduplicatedEvents.filter((event) => event.occurredAt >= earliest);
    ctx.log.info(
      `Accepting events from up to ${lookbackDays} day(s) back: kept ${recent.length} of ${deduplicatedEvents.length}.`,
    );
    const profileByUser = new Map(userProfiles.map((profile) => [profile.userId, profile]));
    const enriched = recent.map((event): EnrichedEvent => {
      const profile = event.userId === null ? undefined : profileByUser.get(event.userId);
      return { ...event, country: profile?.country ?? "unknown", plan: profile?.plan ?? "unknown" };
    });
    const unmatched = enriched.filter((event) => event.plan === "unknown").length;
    if (unmatched > 0) ctx.log.warn(`${unmatched} events belong to users without a profile.`);
    ctx.addOutputMetadata({ row_count: enriched.length, unmatched_events: unmatched });
    return enriched;
  },
});

export interface FactEvent {
  eventId: string;
  userId: number | null;
  /** UTC day, "YYYY-MM-DD". */
  day: string;
  type: EventType;
  country: string;
  plan: EnrichedEvent["plan"];
  revenueCents: number;
}

const FACT_COLUMNS = [
  { name: "eventId", type: "string" },
  { name: "userId", type: "int" },
  { name: "day", type: "date", description: "UTC day, YYYY-MM-DD" },
  { name: "type", type: "string" },
  { name: "country", type: "string" },
  { name: "plan", type: "string" },
  { name: "revenueCents", type: "int" },
];

export const factEvents = asset({
  key: "fact_events",
  ins: { enrichedEvents },
  partitions: eventDays,
  group: GROUP,
  description:
    "The event fact table analysts query: one row per event, with `day` and `revenueCents` columns; **each day replaces its own rows**.",
  owners: [DATA_ENG, "team:analytics"],
  tags: { tier: "gold" },
  kinds: ["postgres"],
  metadata: {
    table: meta.path("user_events_warehouse.fact_events"),
    schema: meta.tableSchema(FACT_COLUMNS),
    querying: meta.markdown(
      [
        "## Querying",
        "Filter on `day` first: the table is replaced one day at a time, so a day is either whole or absent.",
        "",
        "- Revenue is in **cents**; divide by 100 for currency.",
        "- Users without a profile have plan `unknown`.",
        "",
        "See the [analytics handbook](https://example.com/handbook/fact-events).",
      ].join("\n"),
    ),
    consumers: { dashboards: ["Revenue by plan", "Daily active users"], teams: ["analytics", "finance"] },
    column_lineage: meta.columnLineage({
      ...sameColumns(
        enrichedEvents,
        FACT_COLUMNS.filter((column) => column.name !== "day" && column.name !== "revenueCents"),
      ),
      day: [{ asset: enrichedEvents, column: "occurredAt" }],
      revenueCents: [{ asset: enrichedEvents, column: "amountCents" }],
    }),
  },
  codeVersion: "3",
  // Analysts open their dashboards at 08:00 UTC: by 07:00 the table must hold data from the last day.
  freshnessPolicy: { cron: "0 7 * * *", timezone: "UTC", maximumLagMinutes: 24 * 60, warnAfterMinutes: 120 },
  resources: { warehouse },
  compute: async ({ enrichedEvents }, ctx): Promise<FactEvent[]> => {
    const facts = enrichedEvents
      .map((event) => ({
        eventId: event.eventId,
        userId: event.userId,
        day: event.occurredAt.slice(0, 10),
        type: event.type,
        country: event.country,
        plan: event.plan,
        revenueCents: event.amountCents ?? 0,
      }))
      .sort((a, b) => (a.day === b.day ? a.eventId.localeCompare(b.eventId) : a.day < b.day ? -1 : 1));
    const { warehouse } = ctx.resources;
    await warehouse.replaceTable("fact_events", facts, ctx.partitionKey);
    // Counted back from the table rather than the array, so the metadata shows what analysts will actually query.
    const [counted] = await warehouse.query<{ row_count: number }>(
      `SELECT count(*)::int AS row_count FROM ${quoteIdentifier(warehouse.schema)}.${quoteIdentifier("fact_events")} WHERE ${quoteIdentifier(PARTITION_COLUMN)} = $1`,
      [ctx.partitionKey],
    );
    const rowCount = counted?.row_count ?? 0;
    ctx.log.info(`Wrote ${rowCount} fact rows for ${ctx.partitionKey} to ${warehouse.schema}.fact_events.`);
    ctx.addOutputMetadata({
      row_count: rowCount,
      revenue_cents: facts.reduce((sum, fact) => sum + fact.revenueCents, 0),
      schema: meta.tableSchema(FACT_COLUMNS),
      preview: meta.tablePreview(facts, { columns: FACT_COLUMNS, limit: 5 }),
    });
    return facts;
  },
});
