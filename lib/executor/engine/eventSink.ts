// Hands events to onEvent one at a time, in emission order, so a store writing them never sees them reordered.
import type { ExecutionEvent, UnstampedEvent } from "./events";

export interface EventSink {
  /** Resolves once onEvent has finished with this event (and with every event emitted before it). */
  emit(event: UnstampedEvent): Promise<void>;
  /** The first error onEvent threw, or undefined. */
  readonly failure: { error: unknown } | undefined;
  /** Drops later events: user code abandoned at cancellation may still log after the run returned. */
  close(): Promise<void>;
}

export function createEventSink(onEvent: ((event: ExecutionEvent) => void | Promise<void>) | undefined, onFailure: (error: unknown) => void): EventSink {
  let chain: Promise<void> = Promise.resolve();
  let failure: { error: unknown } | undefined;
  let closed = false;
  return {
    emit(unstamped) {
      if (closed) return chain;
      const event = { ...unstamped, timestamp: new Date().toISOString() } as ExecutionEvent;
      chain = chain.then(async () => {
        try {
          await onEvent?.(event);
        } catch (error) {
          // An event that cannot be recorded makes the run's history unreliable: stop the run, report at the end.
          if (!failure) {
            failure = { error };
            onFailure(error);
          }
        }
      });
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
