import { describe, expect, it } from "vitest";
import { nextTask, runAll, runSliced } from "../../src/worker/sliced";

function* counted(log: string[], steps: number): Generator<void, string> {
  for (let i = 0; i < steps; i++) {
    log.push(`step ${i}`);
    yield;
  }
  return "done";
}

describe("runSliced: long Worker work that lets messages in between slices", () => {
  it("hands the thread back between slices, so a message queued meanwhile is handled first", async () => {
    const log: string[] = [];
    // A message (a page's search) already queued when the work starts.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      log.push("message");
      channel.port1.close();
    };
    channel.port2.postMessage(undefined);
    // Slices of 0 ms: one step each.
    const result = runSliced(counted(log, 3), 0);
    expect(log).toEqual(["step 0"]);
    expect(await result).toBe("done");
    expect(log).toEqual(["step 0", "message", "step 1", "step 2"]);
  });

  it("runs many steps in one slice when they are quick", async () => {
    const log: string[] = [];
    const result = runSliced(counted(log, 50), 10_000);
    expect(log).toHaveLength(50);
    expect(await result).toBe("done");
  });

  it("runAll finishes what a sliced run left (the rest is needed now)", async () => {
    const log: string[] = [];
    const steps = counted(log, 4);
    const sliced = runSliced(steps, 0);
    expect(runAll(steps)).toBe("done");
    expect(log).toHaveLength(4);
    await nextTask();
    // The sliced run sees the end and resolves; it returns undefined: the value went to runAll.
    await sliced;
    expect(log).toHaveLength(4);
  });
});
