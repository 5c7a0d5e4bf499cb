// The JSON picture of a code location's definitions: what the web server and daemon know of user code.

/** An asset key as a path, e.g. ["analytics", "fact_events"]; printed as "analytics/fact_events". */
export type AssetKeyPath = string[];

/** A metadata value as stored in a snapshot or event: JSON with an optional type hint. */
export type MetadataValue =
  | { type: "text"; value: string }
  | { type: "int"; value: number }
  | { type: "float"; value: number }
  | { type: "bool"; value: boolean }
  | { type: "url"; value: string }
  | { type: "path"; value: string }
  | { type: "markdown"; value: string }
  | { type: "json"; value: unknown }
  | { type: "timestamp"; value: string };

export interface AssetNodeSnapshot {
  key: AssetKeyPath;
  groupName: string;
  description: string | null;
  owners: string[];
  tags: Record<string, string>;
  kinds: string[];
  metadata: Record<string, MetadataValue>;
  codeVersion: string | null;
  /** External (source) assets are observed, never materialized by Strata. */
  isSource: boolean;
  /** Upstream asset keys, in declaration order. */
  dependencyKeys: AssetKeyPath[];
  /**
   * The code location that defines the asset. A location's own snapshot leaves it out; readers that merge
   * several locations (the store) fill it in so selections such as `code_location:user-events` can match.
   */
  codeLocationName?: string;
}

export interface DefinitionsSnapshot {
  /** Version of this JSON shape, bumped when it changes incompatibly. */
  schemaVersion: 1;
  assets: AssetNodeSnapshot[];
}
