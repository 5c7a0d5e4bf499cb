// Job URLs: a job's page by name.

export function jobPageHref(jobName: string): string {
  return `/jobs/${encodeURIComponent(jobName)}`;
}
