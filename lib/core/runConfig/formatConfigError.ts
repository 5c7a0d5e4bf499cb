// One line per config error, for logs, the CLI and the launchpad: apart from the validator, so the browser can use it.
import type { ConfigError } from "./types";

/** "ops.raw_events.config.eventCount: expected integer, got "many"". */
export function formatConfigError(error: ConfigError): string {
  return error.path.length > 0 ? `${error.path.join(".")}: ${error.message}` : error.message;
}
