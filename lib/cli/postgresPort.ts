// Remembers the embedded Postgres's port beside its data directory, so `strata dev` uses the same port at every start
// and a console or a tool still pointed at the old URL keeps working; another port is picked only when it is taken.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { freePort } from "../store/embeddedPostgres";

export const PORT_FILE = "postgres.port";

/** Whether nothing listens on `port` on loopback. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** The port stored in `home`, or null when none is (or the file holds something else). */
export function rememberedPort(home: string): number | null {
  const file = path.join(home, PORT_FILE);
  if (!existsSync(file)) return null;
  const port = Number(readFileSync(file, "utf8").trim());
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : null;
}

export function rememberPort(home: string, port: number): void {
  writeFileSync(path.join(home, PORT_FILE), `${port}\n`);
}

/** The port for the embedded server: the one asked for, else the remembered one while it is free, else a free one. */
export async function choosePostgresPort(home: string, requested: number | undefined): Promise<number> {
  if (requested !== undefined) return requested;
  const remembered = rememberedPort(home);
  if (remembered !== null && (await isPortFree(remembered))) return remembered;
  return freePort();
}
