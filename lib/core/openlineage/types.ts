// The parts of OpenLineage events Strata reads, as TypeScript. Events are validated against the specification
// (validateEvent.ts) before anything reads them through these types; facets stay open records.

export type LineageFacets = Record<string, Record<string, unknown> | undefined>;

export interface LineageDataset {
  namespace: string;
  name: string;
  facets?: LineageFacets;
}

export interface LineageInputDataset extends LineageDataset {
  inputFacets?: LineageFacets;
}

export interface LineageOutputDataset extends LineageDataset {
  outputFacets?: LineageFacets;
}

export interface LineageJob {
  namespace: string;
  name: string;
  facets?: LineageFacets;
}

export type RunEventType = "START" | "RUNNING" | "COMPLETE" | "ABORT" | "FAIL" | "OTHER";

export interface RunEvent {
  eventTime: string;
  producer: string;
  schemaURL: string;
  eventType?: RunEventType;
  run: { runId: string; facets?: LineageFacets };
  job: LineageJob;
  inputs?: LineageInputDataset[];
  outputs?: LineageOutputDataset[];
}

export interface DatasetEvent {
  eventTime: string;
  producer: string;
  schemaURL: string;
  dataset: LineageDataset;
}

export interface JobEvent {
  eventTime: string;
  producer: string;
  schemaURL: string;
  job: LineageJob;
  inputs?: LineageInputDataset[];
  outputs?: LineageOutputDataset[];
}

export type LineageEvent =
  | ({ kind: "RunEvent" } & RunEvent)
  | ({ kind: "DatasetEvent" } & DatasetEvent)
  | ({ kind: "JobEvent" } & JobEvent);
