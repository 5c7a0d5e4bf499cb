// What a reload of a code location changed: its definitions, only its code (a compute body, a helper), or nothing.

export type ReloadChange = "DEFINITIONS" | "CODE" | "NONE";

export interface LoadedVersion {
  snapshotId: string | null;
  codeHash: string | null;
}

/** Definitions win: a new snapshot always comes with new code, while new code often leaves the snapshot as it was. */
export function reloadChange(before: LoadedVersion, after: LoadedVersion): ReloadChange {
  if (before.snapshotId !== after.snapshotId) return "DEFINITIONS";
  if (before.codeHash !== after.codeHash) return "CODE";
  return "NONE";
}

export const RELOAD_CHANGE_LABELS: Record<ReloadChange, string> = {
  DEFINITIONS: "definitions changed",
  CODE: "only code changed",
  NONE: "nothing changed",
};
