// Deterministic synthetic data for the example: the same seed always yields the same events and profiles.

export type EventType = "page_view" | "click" | "signup" | "purchase";

export interface RawEvent {
  eventId: string;
  /** Null when the tracker lost the user (a bug the fact table's checks catch). */
  userId: number | null;
  type: EventType;
  /** ISO 8601, UTC. */
  occurredAt: string;
  /** Present on purchases, in cents. */
  amountCents: number | null;
}

export interface UserProfile {
  userId: number;
  country: string;
  plan: "free" | "pro" | "enterprise";
}

/** mulberry32: a tiny seeded PRNG, so example runs are reproducible across machines. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EVENT_TYPES: readonly EventType[] = [
  "page_view",
  "page_view",
  "page_view",
  "click",
  "click",
  "signup",
  "purchase",
];
const DAY_MS = 86_400_000;

export interface EventGenerationOptions {
  seed: number;
  /** Total events emitted, duplicates included. */
  count: number;
  users: number;
  /** First UTC day events occur on, "YYYY-MM-DD". */
  startDay: string;
  days: number;
  /** Share of emitted events that repeat an earlier one, as at-least-once delivery would. */
  duplicateRate: number;
}

export function generateEvents({
  seed,
  count,
  users,
  startDay,
  days,
  duplicateRate,
}: EventGenerationOptions): RawEvent[] {
  const random = seededRandom(seed);
  const start = Date.parse(`${startDay}T00:00:00Z`);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const events: RawEvent[] = [];
  for (let index = 0; events.length < count; index++) {
    const earlier = events.length > 0 && random() < duplicateRate ? pick(events) : undefined;
    if (earlier) {
      events.push({ ...earlier });
      continue;
    }
    const type = pick(EVENT_TYPES);
    events.push({
      eventId: `evt_${seed}_${index.toString().padStart(5, "0")}`,
      userId: 1 + Math.floor(random() * users),
      type,
      occurredAt: new Date(start + Math.floor(random() * days * DAY_MS)).toISOString(),
      amountCents: type === "purchase" ? 500 + Math.floor(random() * 20_000) : null,
    });
  }
  return events;
}

const COUNTRIES = ["DE", "FR", "US", "BR", "JP", "IN", "NG"] as const;
const PLANS: readonly UserProfile["plan"][] = ["free", "free", "free", "pro", "enterprise"];

/** Profiles for most, not all, users: events from users without a profile exercise the join's fallback. */
export function generateUserProfiles({ seed, users }: { seed: number; users: number }): UserProfile[] {
  const random = seededRandom(seed);
  const profiles: UserProfile[] = [];
  for (let userId = 1; userId <= users; userId++) {
    if (random() < 0.05) continue;
    profiles.push({
      userId,
      country: COUNTRIES[Math.floor(random() * COUNTRIES.length)] ?? "US",
      plan: PLANS[Math.floor(random() * PLANS.length)] ?? "free",
    });
  }
  return profiles;
}

/** A short content hash (FNV-1a), used as the profiles' data version. */
export function fingerprint(value: unknown): string {
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(value)) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
