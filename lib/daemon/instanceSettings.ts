// How long the instance remembers daemons and workers that are gone (strata.config.ts `instance`).
export interface InstanceSettings {
  /** Daemons and workers stopped or silent for this many minutes drop off the instance list. */
  forgetStoppedAfterMinutes: number;
}

export const DEFAULT_INSTANCE_SETTINGS: InstanceSettings = { forgetStoppedAfterMinutes: 15 };
