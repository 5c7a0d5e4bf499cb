// Where OpenLineage events go: POSTed as JSON to an HTTP endpoint (Marquez, another Strata, any consumer), or appended
// to a file, one event per line. A send that does not arrive throws, saying why; the outbox retries it.
import { appendFile, mkdir } from "node:fs/promises";
import path from "node:path";
import type { LineageTransportSettings } from "../../core/lineageExport/settings";

export interface LineageTransport {
  /** Where events go, for logs (never the API key). */
  describe(): string;
  send(event: object): Promise<void>;
}

export interface TransportOptions {
  /** Where `{ env: NAME }` API keys are read; the daemon's environment otherwise. */
  environment?: Readonly<Record<string, string | undefined>>;
}

export function createLineageTransport(
  settings: LineageTransportSettings,
  options: TransportOptions = {},
): LineageTransport {
  if (settings.type === "file") return fileTransport(settings.path);
  const environment = options.environment ?? process.env;
  return {
    describe: () => settings.url,
    async send(event) {
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (settings.apiKey !== null) {
        const key = typeof settings.apiKey === "string" ? settings.apiKey : environment[settings.apiKey.env];
        if (!key)
          throw new Error(
            `The environment variable ${typeof settings.apiKey === "string" ? "" : settings.apiKey.env} holding the OpenLineage API key is not set for the daemon.`,
          );
        headers.authorization = `Bearer ${key}`;
      }
      let response: Response;
      try {
        response = await fetch(settings.url, {
          method: "POST",
          headers,
          body: JSON.stringify(event),
          signal: AbortSignal.timeout(settings.timeoutMs),
        });
      } catch (cause) {
        throw new Error(`Posting to ${settings.url} failed: ${fetchFailure(cause)}`);
      }
      if (!response.ok) {
        // The consumer's reason, shortened: it is kept with the event and shown in the daemon's log.
        const reason = (await response.text().catch(() => "")).replace(/\s+/g, " ").trim().slice(0, 300);
        throw new Error(`${settings.url} answered HTTP ${response.status}${reason ? `: ${reason}` : "."}`);
      }
    },
  };
}

function fileTransport(file: string): LineageTransport {
  let folderReady = false;
  return {
    describe: () => file,
    async send(event) {
      if (!folderReady) {
        await mkdir(path.dirname(file), { recursive: true });
        folderReady = true;
      }
      await appendFile(file, `${JSON.stringify(event)}\n`, "utf8");
    },
  };
}

/** fetch() says "fetch failed" and keeps the reason (ECONNREFUSED, a timeout) in its cause. */
function fetchFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  const detail = cause instanceof Error ? ((cause as { code?: string }).code ?? cause.message) : null;
  return detail ? `${error.message} (${detail})` : error.message;
}
