// What the console process needs from strata.config.ts (it cannot import TypeScript config itself): sign-in, the
// hosts it answers to and launch limits. `strata dev` passes them as one JSON environment variable.
import { z } from "zod";
import { ROLES } from "./auth/roles";

const roleSchema = z.enum(ROLES);

export const oidcConfigSchema = z
  .object({
    /** The provider's issuer URL; its discovery document is read from `<issuer>/.well-known/openid-configuration`. */
    issuer: z.url(),
    clientId: z.string().min(1),
    clientSecret: z.string().min(1),
    /** The sign-in button says "Sign in with <displayName>". */
    displayName: z.string().min(1).max(60).default("single sign-on"),
    scopes: z.string().default("openid email profile"),
    /** The role of a user the provider signs in for the first time (an admin changes it later). */
    defaultRole: roleSchema.default("VIEWER"),
  })
  .strict();

export const authConfigSchema = z
  .object({
    /** Where users reach the console, e.g. https://strata.example.com: allowed as Host and Origin, and the OIDC redirect base. */
    publicUrl: z.url(),
    /** Hours a sign-in lasts (default 12). */
    sessionMaxAgeHours: z
      .number()
      .positive()
      .max(24 * 90)
      .default(12),
    oidc: oidcConfigSchema.optional(),
  })
  .strict();

export const launchLimitsSchema = z
  .object({
    /** Tags one run or backfill may carry (default 50). */
    maxTags: z.number().int().min(1).default(50),
    /** Characters of one tag key or value (default 1,024). */
    maxTagLength: z.number().int().min(1).default(1024),
    /** Bytes of one run config document (default 256 KiB). */
    maxRunConfigBytes: z
      .number()
      .int()
      .min(1)
      .default(256 * 1024),
    /** Runs one backfill may plan (default 100,000). */
    maxBackfillRuns: z.number().int().min(1).default(100_000),
  })
  .strict();

export const consoleSettingsSchema = z.object({
  auth: authConfigSchema.nullable().default(null),
  /** Host names the console answers besides loopback names and the public URL's host. */
  allowedHosts: z.array(z.string().min(1)).default([]),
  launchLimits: launchLimitsSchema.default(launchLimitsSchema.parse({})),
});

export type AuthConfig = z.output<typeof authConfigSchema>;
export type OidcConfig = z.output<typeof oidcConfigSchema>;
export type LaunchLimits = z.output<typeof launchLimitsSchema>;
export type ConsoleSettings = z.output<typeof consoleSettingsSchema>;

export const CONSOLE_SETTINGS_ENV = "STRATA_CONSOLE_SETTINGS";

export const DEFAULT_CONSOLE_SETTINGS: ConsoleSettings = consoleSettingsSchema.parse({});

/** The settings `strata dev` passed, or the defaults (no sign-in, loopback only). A malformed value is an error. */
export function consoleSettingsFromEnv(env: Record<string, string | undefined> = process.env): ConsoleSettings {
  const raw = env[CONSOLE_SETTINGS_ENV];
  if (!raw) return DEFAULT_CONSOLE_SETTINGS;
  const parsed = consoleSettingsSchema.safeParse(JSON.parse(raw));
  if (!parsed.success)
    throw new Error(
      `${CONSOLE_SETTINGS_ENV} is invalid: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  return parsed.data;
}

export function consoleSettingsToEnv(settings: ConsoleSettings): Record<string, string> {
  return { [CONSOLE_SETTINGS_ENV]: JSON.stringify(settings) };
}
