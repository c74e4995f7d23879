// Phase measures for the browser benches (`performance.measure`): what showing a name's answer
// costs step by step on the page (query round trip, model, panel, workspace graph, its render).
// Cheap enough to stay on; nothing reads them but the benches.

/** Runs `work` and records its duration as a measure named `name`. */
export function timed<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(name, { start });
  }
}
