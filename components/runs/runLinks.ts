// Run URLs and the short form of a run id shown in tables.

export function runPageHref(runId: string): string {
  return `/runs/${encodeURIComponent(runId)}`;
}

export function shortRunId(runId: string): string {
  return runId.slice(0, 8);
}
