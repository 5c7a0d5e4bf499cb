// Prisma's WebAssembly schema engine, loaded without Node's experimental wasm-modules flag,
// so migrations apply offline and no native engine download is ever needed.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import pg from "pg";

type EngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

let enginePromise: Promise<EngineModule> | undefined;

async function loadEngineModule(): Promise<EngineModule> {
  const require = createRequire(import.meta.url);
  const entry = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bindings = (await import(/* webpackIgnore: true */ entry)) as EngineModule & {
    __wbg_set_wasm(exports: unknown): void;
  };
  const bytes = await readFile(path.join(path.dirname(entry), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, {
    "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
  });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
  return bindings;
}

/** Explicit fields rather than a connection string, so the adapter can point a copy at a shadow database. */
function poolConfigFromUrl(databaseUrl: string) {
  const url = new URL(databaseUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.slice(1)),
  };
}

/**
 * A throwaway database for diffing migrations. The adapter's own version drops the database
 * before closing its pool, which Postgres refuses, so the pool is closed first here.
 */
async function connectToShadowDatabase(config: ReturnType<typeof poolConfigFromUrl>) {
  const name = `strata_shadow_${randomUUID().replace(/-/g, "")}`;
  const admin = new pg.Client(config);
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const shadow = await new PrismaPg({ ...config, database: name }).connect();
  const closePool = shadow.dispose.bind(shadow);
  shadow.dispose = async () => {
    await closePool();
    await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
    await admin.end();
  };
  return shadow;
}

/** Runs `fn` with a schema engine connected to `databaseUrl`, and frees it afterwards. */
export async function withSchemaEngine<T>(
  databaseUrl: string,
  schema: string,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  enginePromise ??= loadEngineModule();
  const bindings = await enginePromise;
  const factory = new PrismaPg(poolConfigFromUrl(databaseUrl));
  // The engine never closes the pools it opens; track them so the caller's process can exit.
  const opened: { dispose(): Promise<void> }[] = [];
  const track = async <A extends { dispose(): Promise<void> }>(adapter: Promise<A>) => {
    const a = await adapter;
    opened.push(a);
    return a;
  };
  const adapter = bindMigrationAwareSqlAdapterFactory({
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => track(factory.connect()),
    connectToShadowDb: () => track(connectToShadowDatabase(poolConfigFromUrl(databaseUrl))),
  });
  const engine = await bindings.SchemaEngine.new({ datamodels: [["schema.prisma", schema]] }, () => {}, adapter);
  try {
    return await fn(engine);
  } finally {
    engine.free();
    await Promise.allSettled(opened.map((a) => a.dispose()));
  }
}
