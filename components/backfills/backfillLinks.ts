// Backfill URLs and the short form of a backfill id shown in tables.

export function backfillPageHref(backfillId: string): string {
  return `/backfills/${encodeURIComponent(backfillId)}`;
}

export function shortBackfillId(backfillId: string): string {
  return backfillId.length > 12 ? backfillId.slice(0, 8) : backfillId;
}
