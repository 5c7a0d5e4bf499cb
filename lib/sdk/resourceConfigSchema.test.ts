// Secret and locked resource fields: how resource() and secret() describe them in the snapshot's JSON Schema.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { LOCKED_FIELD } from "../core/runConfig";
import { secret } from "./config";
import { env, resource } from "./resource";
import { resourceConfigJsonSchema } from "./resourceConfigSchema";

describe("resource config in the snapshot", () => {
  it("marks secret() fields and env() values secret, and lands secret() in the JSON Schema", () => {
    const schema = resourceConfigJsonSchema(
      resource({
        config: z.object({
          password: secret(z.string().describe("The password.")),
          url: z.string(),
          schema: z.string(),
        }),
        values: { password: "hunter2", url: env("WAREHOUSE_URL"), schema: "public" },
        setup: () => null,
      }),
    );
    expect(schema?.properties?.password).toMatchObject({ type: "string", secret: true, description: "The password." });
    expect(schema?.properties?.url).toMatchObject({ secret: true });
    expect(schema?.properties?.schema?.secret).toBeUndefined();
  });

  it("locks the fields run config may not override", () => {
    const config = z.object({ url: z.string(), schema: z.string() });
    const some = resourceConfigJsonSchema(
      resource({ config, values: { url: "u", schema: "s" }, allowConfigOverrides: ["schema"], setup: () => null }),
    );
    expect(some?.properties?.url?.[LOCKED_FIELD]).toBe(true);
    expect(some?.properties?.schema?.[LOCKED_FIELD]).toBeUndefined();
    const none = resourceConfigJsonSchema(
      resource({ config, values: { url: "u", schema: "s" }, allowConfigOverrides: false, setup: () => null }),
    );
    expect(Object.values(none?.properties ?? {}).every((p) => p[LOCKED_FIELD] === true)).toBe(true);
  });

  it("refuses allowConfigOverrides naming a field the config does not have", () => {
    expect(() =>
      resource({ config: z.object({ url: z.string() }), allowConfigOverrides: ["uri" as "url"], setup: () => null }),
    ).toThrow(/allowConfigOverrides names "uri", which is not a config field; the fields are "url"/);
  });
});
