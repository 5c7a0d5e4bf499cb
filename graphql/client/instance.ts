// The instance's daemons and workers with their heartbeats, polled by the Deployment page.
export const INSTANCE_PROCESSES_QUERY = /* GraphQL */ `
  query InstanceProcesses {
    instanceProcesses {
      id
      kind
      host
      pid
      startedAt
      heartbeatAt
      health
      loops { name intervalMs lastTickAt lastError }
      concurrency
      runIds
    }
  }
`;

export interface DaemonLoopStatus {
  name: string;
  intervalMs: number;
  lastTickAt: string | null;
  lastError: string | null;
}

export interface InstanceProcess {
  id: string;
  kind: "DAEMON" | "WORKER";
  host: string;
  pid: number;
  startedAt: string;
  heartbeatAt: string;
  health: "HEALTHY" | "NOT_RESPONDING" | "STOPPED";
  loops: DaemonLoopStatus[];
  concurrency: number | null;
  runIds: string[];
}

export interface InstanceProcessesQueryData {
  instanceProcesses: InstanceProcess[];
}
