import { describe, expect, it } from "vitest";
import { colourSlots, identityKey } from "../../../src/core/workspace/identityKey";

describe("identityKey", () => {
  it("is the smallest paper id, whatever the order", () => {
    expect(identityKey(["p9", "p2", "p5"])).toBe("p2");
    expect(identityKey(["p5", "p9", "p2"])).toBe("p2");
  });

  it("rejects an empty identity", () => {
    expect(() => identityKey([])).toThrow(/at least one paper/);
  });
});

describe("colourSlots", () => {
  const keys = ["identity:a", "identity:b", "identity:c", "identity:d", "identity:e"];

  it("gives distinct slots while the palette lasts, then the neutral -1", () => {
    const slots = colourSlots(keys, 3);
    expect(new Set(slots.slice(0, 3)).size).toBe(3);
    expect(slots.slice(3)).toEqual([-1, -1]);
  });

  it("keeps the colour of identities that stay when another one goes, unless it displaced them", () => {
    // Hashed slots: a→5, b→0, c→2, d→2 (taken by c, so 3), e→4.
    expect(colourSlots(keys, 7)).toEqual([5, 0, 2, 3, 4]);
    // c merges away: a, b and e keep their colours; d gets its own slot back.
    expect(
      colourSlots(
        keys.filter((k) => k !== "identity:c"),
        7,
      ),
    ).toEqual([5, 0, 2, 4]);
  });
});
