// Hands events to the writer in emission order, in batches: every event emitted before a batch's write begins goes
// into it, and every event emitted while it is being written into the next one. A write begins once the code that
// emitted has yielded to the event loop (not at the next microtask), so a step's materialization and its end, emitted
// one after the other, share a transaction. A store writing them never sees them reordered, and steps running at once
// share a transaction.
import type { ExecutionEvent, UnstampedEvent } from "./events";

export interface EventSink {
  /** Resolves once the writer has finished with this event (and with every event emitted before it). */
  emit(event: UnstampedEvent): Promise<void>;
  /** The first error the writer threw, or undefined. */
  readonly failure: { error: unknown } | undefined;
  /** Drops later events: user code abandoned at cancellation may still log after the run returned. */
  close(): Promise<void>;
}

export type EventWriter = (events: ExecutionEvent[]) => void | Promise<void>;

/** Resolves after the microtasks queued now have run (and the I/O already due), like a yield to the event loop. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createEventSink(write: EventWriter | undefined, onFailure: (error: unknown) => void): EventSink {
  let chain: Promise<void> = Promise.resolve();
  let pending: ExecutionEvent[] = [];
  let failure: { error: unknown } | undefined;
  let closed = false;
  const flush = async () => {
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    try {
      await write?.(batch);
    } catch (error) {
      // An event that cannot be recorded makes the run's history unreliable: stop the run, report at the end.
      if (!failure) {
        failure = { error };
        onFailure(error);
      }
    }
  };
  return {
    emit(unstamped) {
      if (closed) return chain;
      pending.push({ ...unstamped, timestamp: new Date().toISOString() } as ExecutionEvent);
      // The first event of a batch schedules its write; later ones join it until the write begins.
      if (pending.length === 1) chain = chain.then(nextTurn).then(flush);
      return chain;
    },
    get failure() {
      return failure;
    },
    close() {
      closed = true;
      return chain;
    },
  };
}
