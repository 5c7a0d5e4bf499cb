// The instance's daemons and workers on the API (Dagster's instance status): alive, not responding or stopped, with
// each daemon loop's last tick and error and each worker's runs.
import "server-only";
import { type InstanceProcess, listInstanceProcesses } from "../../lib/store/instanceHeartbeats";
import { builder } from "../builder";

const ProcessKind = builder.enumType("InstanceProcessKind", { values: ["DAEMON", "WORKER"] as const });
const ProcessHealth = builder.enumType("InstanceProcessHealth", {
  values: ["HEALTHY", "NOT_RESPONDING", "STOPPED"] as const,
});

interface LoopShape {
  name: string;
  intervalMs: number;
  lastTickAt: string | null;
  lastError: string | null;
}

const DaemonLoopRef = builder.objectRef<LoopShape>("DaemonLoopStatus").implement({
  fields: (t) => ({
    name: t.exposeString("name"),
    intervalMs: t.exposeInt("intervalMs"),
    lastTickAt: t.exposeString("lastTickAt", { nullable: true }),
    lastError: t.exposeString("lastError", { nullable: true }),
  }),
});

function loopsOf(process: InstanceProcess): LoopShape[] {
  const loops = (process.info.loops ?? {}) as Record<string, Omit<LoopShape, "name">>;
  return Object.entries(loops).map(([name, loop]) => ({
    name,
    intervalMs: Number(loop.intervalMs) || 0,
    lastTickAt: loop.lastTickAt ?? null,
    lastError: loop.lastError ?? null,
  }));
}

const InstanceProcessRef = builder.objectRef<InstanceProcess>("InstanceProcess").implement({
  fields: (t) => ({
    id: t.exposeString("id"),
    kind: t.field({ type: ProcessKind, resolve: (p) => p.kind }),
    host: t.exposeString("host"),
    pid: t.exposeInt("pid"),
    startedAt: t.string({ resolve: (p) => p.startedAt.toISOString() }),
    heartbeatAt: t.string({ resolve: (p) => p.heartbeatAt.toISOString() }),
    health: t.field({ type: ProcessHealth, resolve: (p) => p.health }),
    loops: t.field({ type: [DaemonLoopRef], description: "A daemon's loops; empty for workers.", resolve: loopsOf }),
    concurrency: t.int({
      nullable: true,
      description: "A worker's run slots.",
      resolve: (p) => (typeof p.info.concurrency === "number" ? p.info.concurrency : null),
    }),
    runIds: t.stringList({
      description: "The runs a worker executes now.",
      resolve: (p) => (Array.isArray(p.info.runIds) ? p.info.runIds.map(String) : []),
    }),
  }),
});

builder.queryFields((t) => ({
  instanceProcesses: t.field({
    type: [InstanceProcessRef],
    description: "Daemons and workers that heartbeated in the last day, healthy ones first.",
    resolve: (_root, _args, ctx) => listInstanceProcesses(ctx.db),
  }),
}));
