// alert(): a webhook (Slack-compatible JSON) told when a run fails or an asset becomes overdue.
import { describeValue } from "./attributes";
import { InvalidDefinitionsError } from "./errors";
import { type EnvVar, isEnvVar } from "./resource";

export type AlertEvent = "RUN_FAILURE" | "FRESHNESS_OVERDUE";

export interface AlertOptions {
  /**
   * Unique in the code location; letters, digits, "_" and "-".
   * @example name: "data_eng_slack"
   */
  name: string;
  /**
   * What it is told about: failed runs, assets turning stale against their freshness policy, or both.
   * @example on: ["RUN_FAILURE", "FRESHNESS_OVERDUE"]
   */
  on: readonly AlertEvent[];
  /**
   * Where the JSON is posted; a Slack incoming webhook works as it is. Keep secrets in the environment with env().
   * @example webhookUrl: env("SLACK_WEBHOOK_URL")
   */
  webhookUrl: string | EnvVar;
  /**
   * Only runs and assets matching this selection (e.g. "group:analytics"); every one when left out.
   * @example selection: "group:analytics or fact_events"
   */
  selection?: string;
}

export interface AlertDefinition {
  readonly name: string;
  readonly on: readonly AlertEvent[];
  /** The URL, or the environment variable the daemon reads it from. */
  readonly webhook: { readonly url: string } | { readonly env: string };
  readonly selection: string | null;
}

const NAME_PATTERN = /^[A-Za-z0-9_-]+$/;
const EVENTS: readonly AlertEvent[] = ["RUN_FAILURE", "FRESHNESS_OVERDUE"];
const alertBrand = Symbol.for("strata.alert");

/**
 * Declares an alert. Give it to defineDefinitions({ alerts }); the daemon posts to the webhook once per event, retrying
 * a failed delivery a few times.
 * @example
 * export const slack = alert({ name: "data_eng_slack", on: ["RUN_FAILURE", "FRESHNESS_OVERDUE"], webhookUrl: env("SLACK_WEBHOOK_URL") });
 */
export function alert(options: AlertOptions): AlertDefinition {
  const label = `alert(${JSON.stringify(options?.name ?? "")})`;
  const problems: string[] = [];
  if (typeof options?.name !== "string" || !NAME_PATTERN.test(options.name))
    problems.push(`alert(): name must hold letters, digits, "_" and "-"; got ${describeValue(options?.name)}.`);
  if (!Array.isArray(options?.on) || options.on.length === 0 || !options.on.every((event) => EVENTS.includes(event))) {
    problems.push(`${label}: on must list one or more of ${EVENTS.map((e) => `"${e}"`).join(", ")}.`);
  }
  let webhook: AlertDefinition["webhook"] | null = null;
  if (isEnvVar(options?.webhookUrl)) webhook = { env: options.webhookUrl.name };
  else if (typeof options?.webhookUrl === "string" && /^https?:\/\/\S+$/.test(options.webhookUrl))
    webhook = { url: options.webhookUrl };
  else
    problems.push(
      `${label}: webhookUrl must be an http(s) URL or env("NAME"); got ${describeValue(options?.webhookUrl)}.`,
    );
  if (options?.selection !== undefined && (typeof options.selection !== "string" || !options.selection.trim()))
    problems.push(`${label}: selection must be a selection such as "group:analytics".`);
  if (problems.length > 0) throw new InvalidDefinitionsError(problems);
  const definition: AlertDefinition = {
    name: options.name,
    on: Object.freeze([...options.on]),
    webhook: webhook!,
    selection: options.selection?.trim() ?? null,
  };
  Object.defineProperty(definition, alertBrand, { value: true, enumerable: false });
  return Object.freeze(definition);
}

export function isAlertDefinition(value: unknown): value is AlertDefinition {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[alertBrand] === true;
}
