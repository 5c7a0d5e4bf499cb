// Staleness: whether an asset's latest materialization still reflects its code and its upstream data, and why not.
// Pure: the caller reads the versions recorded at the last materialization and the current ones.

/** UP_TO_DATE: made from the current code and the latest upstream data. MISSING: never materialized. */
export type StaleStatus = "UP_TO_DATE" | "STALE" | "MISSING";

export interface StaleCause {
  /** The asset the cause is about: the asset itself for a code change, else the upstream asset. */
  key: string;
  reason: string;
}

export interface StalenessInput {
  isSource: boolean;
  materialized: boolean;
  /** The asset's code version now, and when it was last materialized. */
  codeVersion: string | null;
  lastCodeVersion: string | null;
  /** Each upstream's version when the asset was last materialized; null when that was not recorded. */
  recordedUpstream: Readonly<Record<string, string | null>> | null;
  /** The asset's current upstream keys (duplicates count once). */
  upstreamKeys: readonly string[];
  /** Each upstream's version now; null when it has no data yet. */
  currentVersion(upstreamKey: string): string | null;
}

/** What an upstream's version is read from: its latest materialization and its latest observation. */
export interface UpstreamStatus {
  lastMaterializationEventId: bigint | null;
  lastMaterializationAt: Date | null;
  lastMaterializationDataVersion: string | null;
  lastObservationAt: Date | null;
  lastObservationDataVersion: string | null;
}

/**
 * A version of an upstream as recorded: the data version of its latest event when that event reported one (an
 * observation after the last materialization, or a materialization reported with its version), else its latest
 * materialization event. So a source that is both reported and observed changes version only when its data does.
 */
export function upstreamVersion(status: UpstreamStatus | undefined): string | null {
  if (!status) return null;
  const materializedAt = status.lastMaterializationAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  const observedAt = status.lastObservationAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  if (status.lastObservationDataVersion && (status.lastMaterializationEventId == null || observedAt > materializedAt))
    return `data:${status.lastObservationDataVersion}`;
  if (status.lastMaterializationEventId == null) return null;
  if (status.lastMaterializationDataVersion) return `data:${status.lastMaterializationDataVersion}`;
  return `materialization:${status.lastMaterializationEventId.toString()}`;
}

export function staleness(key: string, input: StalenessInput): { status: StaleStatus; causes: StaleCause[] } {
  // Sources are observed as they are: there is nothing of Strata's to bring up to date.
  if (input.isSource) return { status: "UP_TO_DATE", causes: [] };
  if (!input.materialized) return { status: "MISSING", causes: [{ key, reason: "never materialized" }] };
  const causes: StaleCause[] = [];
  if (input.codeVersion !== input.lastCodeVersion && input.lastCodeVersion !== null) {
    causes.push({ key, reason: `code version changed (${input.lastCodeVersion} → ${input.codeVersion ?? "none"})` });
  }
  const recorded = input.recordedUpstream;
  if (recorded) {
    input.upstreamKeys.forEach((upstream, i) => {
      if (input.upstreamKeys.indexOf(upstream) !== i) return;
      const current = input.currentVersion(upstream);
      if (current === null) return;
      if (!(upstream in recorded)) causes.push({ key: upstream, reason: `new upstream ${upstream}` });
      else if (recorded[upstream] !== current) causes.push({ key: upstream, reason: `upstream ${upstream} updated` });
    });
  }
  return { status: causes.length > 0 ? "STALE" : "UP_TO_DATE", causes };
}
