// Run ids: what text can name a run.
/** Run ids are UUIDs; anything else names no run (and would make Postgres refuse the query). */
const RUN_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isRunId(text: string): boolean {
  return RUN_ID.test(text);
}
