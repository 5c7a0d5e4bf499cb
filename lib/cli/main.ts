// The `strata` command.
import { createPrismaClient } from "../store/prisma";
import { openDatabase } from "./database";
import { dev } from "./dev";
import { loadConfiguredLocations } from "./loadLocations";

const usage = `usage: strata <command>

  dev       start the console with the configured code locations (embedded Postgres unless DATABASE_URL is set)
  load      load the configured code locations and report definition errors
  migrate   apply pending database migrations`;

async function main(command: string | undefined): Promise<number> {
  const log = (line: string) => console.log(line);
  switch (command) {
    case "dev":
      await dev();
      return -1; // keeps running
    case "load": {
      const database = await openDatabase(log);
      const db = createPrismaClient(database.url);
      try {
        return (await loadConfiguredLocations(db, log)) ? 0 : 1;
      } finally {
        await db.$disconnect();
        await database.stop();
      }
    }
    case "migrate": {
      const database = await openDatabase(log);
      await database.stop();
      log("The database is up to date.");
      return 0;
    }
    default:
      console.error(usage);
      return command ? 2 : 0;
  }
}

main(process.argv[2]).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
