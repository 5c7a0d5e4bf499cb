// strata.config.ts `openLineage`: where Strata sends the OpenLineage events of its asset steps, and under which
// namespace. Validated with zod so a mistake names the field; resolved once, so the daemon sees plain values.
import { z } from "zod";

const secretSchema = z.union([
  z.string().min(1, "give the API key, or { env: NAME } to read it from the daemon's environment"),
  z.object({ env: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "name an environment variable") }).strict(),
]);

const httpTransportSchema = z
  .object({
    type: z.literal("http"),
    /** Where each event is POSTed as JSON, e.g. Marquez's "http://localhost:5000/api/v1/lineage". */
    url: z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }),
    /** Sent as `Authorization: Bearer <key>`. */
    apiKey: secretSchema.optional(),
    /** How long one POST may take before it counts as failed (default 10,000). */
    timeoutMs: z.number().int().min(100).max(300_000).optional(),
  })
  .strict();

const fileTransportSchema = z
  .object({
    type: z.literal("file"),
    /** Each event is appended as one line of JSON; relative paths are read from the config file's folder. */
    path: z.string().min(1, "name the file to append events to"),
  })
  .strict();

export const openLineageConfigSchema = z
  .object({
    /**
     * The instance name in Strata's OpenLineage namespace, `strata://<namespace>` (default: the host name of
     * auth.publicUrl, else "localhost"). Another Strata that receives these events maps them back to asset keys.
     */
    namespace: z
      .string()
      .regex(/^[A-Za-z0-9._:-]+$/, "use letters, digits, '.', '_', ':' and '-' only, e.g. \"analytics-prod\"")
      .optional(),
    transport: z.discriminatedUnion("type", [httpTransportSchema, fileTransportSchema], {
      error: 'must be { type: "http", url } or { type: "file", path }',
    }),
  })
  .strict();

export type OpenLineageConfig = z.input<typeof openLineageConfigSchema>;

export type LineageTransportSettings =
  | { type: "http"; url: string; apiKey: string | { env: string } | null; timeoutMs: number }
  | { type: "file"; path: string };

/** What the daemon's lineage export loop is given. */
export interface LineageExportSettings {
  /** The namespace of Strata's jobs and datasets, e.g. "strata://analytics-prod". */
  namespace: string;
  transport: LineageTransportSettings;
}

export const DEFAULT_HTTP_TIMEOUT_MS = 10_000;

/** The namespace an instance's events carry: `strata://` and its name. */
export function strataNamespace(instance: string): string {
  return `strata://${instance}`;
}

/**
 * Resolves the parsed config. `publicUrl` is auth.publicUrl when sign-in is on; `resolvePath` turns the file
 * transport's path into an absolute one.
 */
export function resolveLineageExportSettings(
  config: z.output<typeof openLineageConfigSchema>,
  publicUrl: string | null,
  resolvePath: (file: string) => string,
): LineageExportSettings {
  const instance = config.namespace ?? (publicUrl ? new URL(publicUrl).hostname : "localhost");
  const { transport } = config;
  return {
    namespace: strataNamespace(instance),
    transport:
      transport.type === "http"
        ? {
            type: "http",
            url: transport.url,
            apiKey: transport.apiKey ?? null,
            timeoutMs: transport.timeoutMs ?? DEFAULT_HTTP_TIMEOUT_MS,
          }
        : { type: "file", path: resolvePath(transport.path) },
  };
}
