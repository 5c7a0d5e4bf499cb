// Captures stdout/stderr per step: each step runs inside an AsyncLocalStorage context, and writes
// made from inside it (console.log included) go to that step's compute log instead of the terminal.
import { AsyncLocalStorage } from "node:async_hooks";

export type ComputeLogStreamName = "STDOUT" | "STDERR";
export type ComputeLogSink = (stepKey: string, stream: ComputeLogStreamName, chunk: string) => void;

const currentStep = new AsyncLocalStorage<string>();

export function runInStep<T>(stepKey: string, fn: () => Promise<T>): Promise<T> {
  return currentStep.run(stepKey, fn);
}

/** Starts routing step output to `sink`; returns a function that restores the streams. */
export function captureComputeLogs(sink: ComputeLogSink): () => void {
  const patch = (stream: NodeJS.WriteStream, name: ComputeLogStreamName) => {
    const original = stream.write.bind(stream);
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      const stepKey = currentStep.getStore();
      if (stepKey === undefined) return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
      sink(stepKey, name, typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
      const callback = rest.find((r): r is () => void => typeof r === "function");
      callback?.();
      return true;
    }) as typeof stream.write;
    return () => {
      stream.write = original;
    };
  };
  const restoreOut = patch(process.stdout, "STDOUT");
  const restoreErr = patch(process.stderr, "STDERR");
  return () => {
    restoreOut();
    restoreErr();
  };
}
