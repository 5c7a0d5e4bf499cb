// Run config schemas: zod object schemas that type ctx.config, validate the launchpad's input and give its JSON Schema.
import { z } from "zod";

/** A zod object schema describing an asset's run config, e.g. z.object({ eventCount: z.number().default(2000) }). */
export type ConfigSchema = z.ZodType<Record<string, unknown>, Record<string, unknown>>;

/** The value compute sees as ctx.config: the schema's output (defaults applied); unknown when there is no schema. */
export type ConfigOf<TSchema> = TSchema extends z.ZodType ? z.output<TSchema> : unknown;

/**
 * True for a zod object schema. Run config is always an object at the top level, like Dagster's, so the launchpad
 * can show one form per asset; checked by shape rather than instanceof so two copies of zod both work.
 */
export function isConfigSchema(value: unknown): value is ConfigSchema {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as { safeParse?: unknown; _zod?: { def?: { type?: unknown } } };
  return typeof candidate.safeParse === "function" && candidate._zod?.def?.type === "object";
}

/** The JSON Schema the launchpad renders: the input side, so fields with defaults are optional. */
export function configJsonSchema(schema: ConfigSchema): Record<string, unknown> {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}

/**
 * Marks a config field secret: its value is masked in every view of a run's config (the run's Config tab, the API,
 * the launchpad's prefill), and the JSON Schema in the snapshot says `secret: true`. Values read with env() are
 * secret without it.
 * @example config: z.object({ host: z.string(), password: secret(z.string()) })
 */
export function secret<TSchema extends z.ZodType>(schema: TSchema): TSchema {
  return schema.meta({ ...schema.meta(), secret: true });
}
