// Hands events to the writer in emission order, in bounded batches: every event emitted before a batch's write begins
// goes into it (up to MAX_BATCH_EVENTS, then the next batch), and every event emitted while it is being written into a
// later one. A write begins once the code that emitted has yielded to the event loop (not at the next microtask), so a
// step's materialization and its end, emitted one after the other, share a transaction. A store writing them never
// sees them reordered, and steps running at once share a transaction.
// A burst (100,000 log lines in a loop) becomes a hundred transactions of a thousand events rather than one that
// outlives the database's transaction timeout, and `room()` lets a logging step wait while too much is pending.
import type { ExecutionEvent, UnstampedEvent } from "./events";

/** The most events one write (one transaction) receives. */
export const MAX_BATCH_EVENTS = 1000;
/** Beyond this many unwritten events, `room()` waits for the writer. */
export const HIGH_WATER_EVENTS = 10 * MAX_BATCH_EVENTS;

export interface EventSink {
  /** Resolves once the writer has finished with this event (and with every event emitted before it). */
  emit(event: UnstampedEvent): Promise<void>;
  /** Resolves at once while fewer than HIGH_WATER_EVENTS events wait to be written, else once the writer caught up. */
  room(): Promise<void>;
  /** The first error the writer threw, or undefined. Once set, later events are dropped, never written. */
  readonly failure: { error: unknown } | undefined;
  /** Drops later events: user code abandoned at cancellation may still log after the run returned. */
  close(): Promise<void>;
}

export type EventWriter = (events: ExecutionEvent[]) => void | Promise<void>;

/** Resolves after the microtasks queued now have run (and the I/O already due), like a yield to the event loop. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

interface Batch {
  events: ExecutionEvent[];
  written: Promise<void>;
  resolve: () => void;
}

function newBatch(): Batch {
  let resolve: () => void = () => {};
  const written = new Promise<void>((r) => (resolve = r));
  return { events: [], written, resolve };
}

const RESOLVED = Promise.resolve();

/**
 * `startLingerMs`: how long a batch of nothing but steps' starts may wait for more events before it is written (0: not
 * at all). Given when a step's compute does not wait for its start (see ExecuteAssetsOptions.onStepComputing), so a
 * short step's start, materialization and end are one write even when its compute yields to the event loop.
 */
export function createEventSink(
  write: EventWriter | undefined,
  onFailure: (error: unknown) => void,
  startLingerMs = 0,
): EventSink {
  // Batches not yet handed to the writer; only the last one takes new events.
  const queue: Batch[] = [];
  /** Wakes a drain that lingers over a batch of starts when another event arrives. */
  let emitted: (() => void) | null = null;
  const onlyStarts = (batch: Batch) => batch.events.every((event) => event.type === "STEP_START");
  /** Waits, after the emitting code yielded, while the next batch is only starts: for another event, or the linger. */
  const gather = async () => {
    await nextTurn();
    const deadline = performance.now() + startLingerMs;
    while (startLingerMs > 0 && !closed && queue.length === 1 && onlyStarts(queue[0] as Batch)) {
      const left = deadline - performance.now();
      if (left <= 0) return;
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        emitted = resolve;
        timer = setTimeout(resolve, left);
      });
      clearTimeout(timer);
      emitted = null;
      await nextTurn();
    }
  };
  let unwritten = 0;
  let draining: Promise<void> | null = null;
  let roomWaiters: (() => void)[] = [];
  let failure: { error: unknown } | undefined;
  let closed = false;

  const writeBatch = async (batch: Batch) => {
    // After a failed write nothing more is written: a later event (a step's success) must never be stored when an
    // earlier one (its log lines) was lost. The run ends failed, and its open steps with it.
    if (failure) return;
    try {
      await write?.(batch.events);
    } catch (error) {
      failure = { error };
      onFailure(error);
    }
  };
  const drain = async () => {
    while (queue.length > 0) {
      await gather();
      const batch = queue.shift() as Batch;
      await writeBatch(batch);
      unwritten -= batch.events.length;
      batch.resolve();
      if (unwritten < HIGH_WATER_EVENTS || failure) {
        const waiters = roomWaiters;
        roomWaiters = [];
        for (const wake of waiters) wake();
      }
    }
    draining = null;
  };

  return {
    emit(unstamped) {
      if (closed || failure) return RESOLVED;
      let open = queue.at(-1);
      if (!open || open.events.length >= MAX_BATCH_EVENTS) {
        open = newBatch();
        queue.push(open);
      }
      open.events.push({ ...unstamped, timestamp: new Date().toISOString() } as ExecutionEvent);
      unwritten++;
      emitted?.();
      draining ??= drain();
      return open.written;
    },
    room() {
      if (unwritten < HIGH_WATER_EVENTS || failure) return RESOLVED;
      return new Promise<void>((resolve) => roomWaiters.push(resolve));
    },
    get failure() {
      return failure;
    },
    async close() {
      closed = true;
      emitted?.();
      await draining;
    },
  };
}
