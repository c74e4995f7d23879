// Long work in the Worker run in slices: a generator does the work and yields at points where it
// may pause; the runner steps it for a few milliseconds, then hands the thread back for one task
// (a message on a channel: no timer clamp), so the page's queries are answered between slices.
// A search asked while 100k papers are indexed waits one slice, not the whole index.

/** Longest run between two hand-backs (each step is far shorter). */
export const SLICE_MS = 25;

/** Runs `steps` to its end in slices of about `sliceMs`; resolves with what it returns. */
export async function runSliced<T>(steps: Generator<void, T>, sliceMs = SLICE_MS): Promise<T> {
  for (;;) {
    const start = performance.now();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() - start >= sliceMs) break;
    }
    await nextTask();
  }
}

/** Runs `steps` to its end at once (a caller that cannot wait: the rest is needed now). */
export function runAll<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Resolves in a task of its own, after the messages already queued for this thread. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
