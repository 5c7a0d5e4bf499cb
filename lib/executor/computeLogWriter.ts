// Buffers compute log output and writes it to the store in batches, so chatty steps cost few writes.
import type { PrismaClient } from "../store/prisma";
import { appendComputeLog } from "../store/runQueries";
import type { ComputeLogStreamName } from "./computeLogCapture";

const FLUSH_INTERVAL_MS = 500;

export function createComputeLogWriter(db: PrismaClient, runId: string) {
  const pending = new Map<string, { stepKey: string; stream: ComputeLogStreamName; text: string }>();
  let flushing: Promise<void> = Promise.resolve();
  const flush = () => {
    const batch = [...pending.values()];
    pending.clear();
    flushing = flushing.then(async () => {
      for (const entry of batch) await appendComputeLog(db, runId, entry.stepKey, entry.stream, entry.text);
    });
    return flushing;
  };
  const timer = setInterval(() => void flush(), FLUSH_INTERVAL_MS);
  return {
    write(stepKey: string, stream: ComputeLogStreamName, chunk: string) {
      const id = `${stepKey}\u0000${stream}`;
      const entry = pending.get(id);
      if (entry) entry.text += chunk;
      else pending.set(id, { stepKey, stream, text: chunk });
    },
    async close() {
      clearInterval(timer);
      await flush();
    },
  };
}
