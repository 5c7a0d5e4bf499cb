// Who holds a TCP port on this machine: read from /proc (Linux), so a console that cannot listen names the process in
// its way instead of being restarted forever.
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import net from "node:net";

/** Whether something already listens on host:port (we try to listen there ourselves and let go at once). */
export function portInUse(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "EADDRINUSE"));
    probe.listen(port, host, () => probe.close(() => resolve(false)));
  });
}

/** Socket inodes listening on the port (IPv4 and IPv6), from /proc/net/tcp and tcp6. */
export function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  const hex = port.toString(16).toUpperCase().padStart(4, "0");
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let lines: string[] = [];
    try {
      lines = readFileSync(table, "utf8").split("\n").slice(1);
    } catch {
      continue;
    }
    for (const line of lines) {
      const fields = line.trim().split(/\s+/);
      // local_address is ADDR:PORT in hex; state 0A is LISTEN; the inode is the tenth field.
      if (fields[1]?.endsWith(`:${hex}`) && fields[3] === "0A" && fields[9]) inodes.add(fields[9]);
    }
  }
  return inodes;
}

/** The first of `pids` holding a socket that listens on the port, or null. */
export function pidHoldingPort(port: number, pids: Iterable<number | string>): number | null {
  const inodes = listeningInodes(port);
  if (inodes.size === 0) return null;
  for (const pid of pids) {
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (match && inodes.has(match[1]!)) return Number(pid);
      } catch {
        // closed meanwhile
      }
    }
  }
  return null;
}

/** "pid 1234 (node server.js)", or null when /proc does not say (another user's process, or not Linux). */
export function describePortHolder(port: number): string | null {
  let pids: string[] = [];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const pid = pidHoldingPort(port, pids);
  if (pid === null) return null;
  let command = "";
  try {
    command = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ").slice(0, 200);
  } catch {
    // it exited meanwhile
  }
  return `pid ${pid} (${command || "unknown command"})`;
}
