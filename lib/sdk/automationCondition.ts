// AutomationCondition: when the daemon materializes an asset on its own (Dagster's declarative automation).
import type { AutomationConditionSnapshot } from "../core/automation";

export const AutomationCondition = {
  /**
   * Materialize whenever an upstream asset has new data, or when the asset is missing and its upstreams have data.
   * @example automationCondition: AutomationCondition.eager()
   */
  eager: (): AutomationConditionSnapshot => ({ type: "eager" }),
  /**
   * Materialize at each tick of a cron, in a time zone (UTC by default).
   * @example automationCondition: AutomationCondition.onCron("0 6 * * *", "Europe/Berlin")
   */
  onCron: (cron: string, timezone = "UTC"): AutomationConditionSnapshot => ({ type: "on_cron", cron, timezone }),
  /**
   * Materialize once, when the asset has never been materialized.
   * @example automationCondition: AutomationCondition.onMissing()
   */
  onMissing: (): AutomationConditionSnapshot => ({ type: "on_missing" }),
} as const;
