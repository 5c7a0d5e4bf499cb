// Result types shared by several client documents; hand-written to mirror the schema exactly.

export interface AssetKey {
  path: string[];
}

export type AssetMaterializationState = "MATERIALIZED" | "FAILED" | "NEVER_MATERIALIZED" | "SOURCE";

export interface AssetLatestInfo {
  state: AssetMaterializationState;
  lastMaterializationTimestamp: string | null;
  lastMaterializationRunId: string | null;
  lastFailureTimestamp: string | null;
  lastFailureRunId: string | null;
}

export interface AssetTag {
  key: string;
  value: string;
}

export interface MetadataEntry {
  label: string;
  type: string;
  value: string;
}

export type CodeLocationLoadStatus = "LOADING" | "LOADED" | "ERROR";
