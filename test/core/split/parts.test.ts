// Names too big to score every block pair are clustered in parts (src/core/split/parts.ts).
import { describe, expect, it } from "vitest";
import { NO_CONSTRAINTS } from "../../../src/core/constraints";
import type { Corpus, Paper } from "../../../src/core/corpus";
import { indexCorpus } from "../../../src/core/corpusIndex";
import { suggestSplit } from "../../../src/core/split";
import { nameBlocks } from "../../../src/core/split/evidence";
import { DENSE_BLOCKS, partitionBlocks } from "../../../src/core/split/parts";

/** A word no other paper uses: letters only, so the title tokenizer keeps it whole. */
function word(i: number, salt: string): string {
  let out = salt;
  for (let x = i + 1; x > 0; x = Math.floor(x / 26)) out += String.fromCharCode(97 + (x % 26));
  return out;
}

/**
 * `loners` papers of "Wei Wang", each with its own co-author, title words and venue (so each is a
 * block of its own sharing nothing), and the planted groups: each group's papers share a title and
 * a venue but no co-author, so they are separate blocks the model has to join.
 */
function bigName(loners: number, planted: { title: string; venue: string; papers: number }[]) {
  const papers: Paper[] = [];
  for (let i = 0; i < loners; i++) {
    papers.push({
      id: `l${i}`,
      title: `${word(i, "qu")} ${word(i, "zo")} ${word(i, "vy")}`,
      venue: word(i, "ven"),
      year: 1990 + (i % 30),
      authors: [{ name: "Wei Wang" }, { name: `Coauthor ${word(i, "k")}` }],
    });
  }
  planted.forEach((group, g) => {
    for (let k = 0; k < group.papers; k++) {
      papers.push({
        id: `g${g}-${k}`,
        title: group.title,
        venue: group.venue,
        year: 2010 + k,
        authors: [{ name: "Wei Wang" }, { name: `Planted ${word(g * 100 + k, "pl")}` }],
      });
    }
  });
  // Spread the planted papers through the name, so that cutting it in paper order would part them.
  const spread = papers.map((p, i) => ({
    p,
    at: p.id.startsWith("g") ? (i * 7919) % papers.length : i,
  }));
  spread.sort((x, y) => x.at - y.at || x.p.id.localeCompare(y.p.id));
  const corpus: Corpus = { id: "big", label: "big", notes: [], papers: spread.map((x) => x.p) };
  return indexCorpus(corpus);
}

const PLANTED = [
  {
    title: "Lattice cryptography protocols against quantum adversaries",
    venue: "Crypto",
    papers: 6,
  },
  { title: "Glacier mass balance from satellite gravimetry", venue: "Cryosphere", papers: 5 },
];

describe("a name too big to score every pair of blocks", () => {
  const index = bigName(DENSE_BLOCKS + 150, PLANTED);
  const suggestion = suggestSplit(index, "wei wang", { seed: 3 });

  it("is clustered in parts that hold each block once and none over capacity", () => {
    const named = nameBlocks(index, "wei wang", NO_CONSTRAINTS);
    expect(named.blocks.length).toBeGreaterThan(DENSE_BLOCKS);
    const parts = partitionBlocks(named, 3, 200);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(200);
    const seen = parts.flat().sort((a, b) => a - b);
    expect(seen).toEqual(named.blocks.map((_, b) => b));
    expect(partitionBlocks(named, 3, 200)).toEqual(parts);
  });

  it("puts blocks that share a rare title and venue in one part, so they can join", () => {
    const named = nameBlocks(index, "wei wang", NO_CONSTRAINTS);
    const parts = partitionBlocks(named, 3, 200);
    const partOf = new Map<string, number>();
    parts.forEach((part, p) => {
      for (const b of part)
        for (const at of named.blocks[b]!.papers) partOf.set(index.corpus.papers[at]!.id, p);
    });
    PLANTED.forEach((group, g) => {
      const where = new Set(
        Array.from({ length: group.papers }, (_, k) => partOf.get(`g${g}-${k}`)),
      );
      expect(where.size).toBe(1);
    });
  });

  it("suggests identities that cover every paper once, with the planted people each whole", () => {
    const ids = suggestion.identities.flatMap((i) => i.paperIds).sort();
    expect(ids).toEqual([...suggestion.paperIds].sort());
    PLANTED.forEach((group, g) => {
      const planted = Array.from({ length: group.papers }, (_, k) => `g${g}-${k}`);
      const identity = suggestion.identities.find((i) => i.paperIds.includes(planted[0]!));
      expect([...identity!.paperIds].sort()).toEqual(planted.sort());
    });
    expect(suggestion.ambiguity).toBeGreaterThan(0.8);
    expect(suggestion.ambiguity).toBeLessThanOrEqual(1);
    for (const identity of suggestion.identities) {
      expect(identity.confidence).toBeGreaterThan(0);
      expect(identity.confidence).toBeLessThan(1);
    }
  });

  it("is deterministic for a seed", () => {
    const again = suggestSplit(index, "wei wang", { seed: 3 });
    expect(again.identities.map((i) => i.paperIds)).toEqual(
      suggestion.identities.map((i) => i.paperIds),
    );
  });

  it("keeps a curator's kept-apart pair apart in parts mode too", () => {
    const constrained = suggestSplit(index, "wei wang", {
      seed: 3,
      constraints: { apart: [["g0-0", "g0-1"]] },
    });
    const identityOf = (id: string) =>
      constrained.identities.findIndex((i) => i.paperIds.includes(id));
    expect(identityOf("g0-0")).not.toBe(identityOf("g0-1"));
  });
});
