// Buffers compute log output and writes it to the store in batches, so chatty steps cost few writes.
import type { Database } from "../store/database";
import { appendComputeLog } from "../store/runQueries";
import type { ComputeLogStreamName } from "./computeLogCapture";

const FLUSH_INTERVAL_MS = 500;
/** A step printing in a loop that yields is flushed at this size rather than at the next tick of the timer. */
const FLUSH_AT_CHARS = 1024 * 1024;

export function createComputeLogWriter(db: Database, runId: string) {
  const pending = new Map<string, { stepKey: string; stream: ComputeLogStreamName; text: string }>();
  let pendingChars = 0;
  let flushSoon = false;
  let flushing: Promise<void> = Promise.resolve();
  const flush = () => {
    const batch = [...pending.values()];
    pending.clear();
    pendingChars = 0;
    flushSoon = false;
    flushing = flushing.then(async () => {
      for (const entry of batch) {
        // One failed write must not break the chain (every later flush would reject unhandled and end the process).
        await appendComputeLog(db, runId, entry.stepKey, entry.stream, entry.text).catch((error: unknown) => {
          process.emitWarning(
            `Compute log of step ${entry.stepKey} (${entry.text.length} characters) could not be written: ${String(error)}`,
          );
        });
      }
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
      pendingChars += chunk.length;
      if (pendingChars >= FLUSH_AT_CHARS && !flushSoon) {
        flushSoon = true;
        setImmediate(() => void flush());
      }
    },
    async close() {
      clearInterval(timer);
      await flush();
    },
  };
}
