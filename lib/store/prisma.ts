// The one shared Prisma client of a process, over node-postgres.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export type { PrismaClient };

export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
}

const globalForPrisma = globalThis as unknown as { strataPrisma?: PrismaClient };

/** The process-wide client for DATABASE_URL; kept on globalThis so dev reloads reuse it. */
export function getPrisma(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the console with `npm start` (strata dev), which sets it.");
  globalForPrisma.strataPrisma ??= createPrismaClient(url);
  return globalForPrisma.strataPrisma;
}
