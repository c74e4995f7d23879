// Generated corpora with realistic name collisions, for the store, batch and browser benches: the
// synthetic corpus (planted communities, power-law productivity), where a share of the authors are
// renamed from a small pool of common names (Zipf-distributed surnames, as with "Wang", "Li",
// "Zhang"), so one name string covers several people, as on DBLP and OpenAlex author pages. Each
// mention keeps the real person as its ground-truth label.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Corpus } from "../../core/corpus";
import { hashString } from "../../core/csr/stringTable";
import { nameKey } from "../../core/nameKey";
import { syntheticCorpus } from "./syntheticCorpus";

const GIVEN = ["Wei", "Lei", "Jing", "Min", "Yan", "Jun", "Hui", "Ying", "Tao", "Xin", "Li", "Hong"]
  .concat([
    "Yu",
    "Bin",
    "Qing",
    "Ming",
    "Jie",
    "Fang",
    "Hao",
    "Chen",
    "Lin",
    "Feng",
    "Ping",
    "Yang",
  ])
  .concat(["Ji-ho", "Min-jun", "Seo-yeon", "Anil", "Priya", "Rahul", "José", "Maria", "Thomas"]);
const SURNAMES = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu"]
  .concat(["Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Kim", "Lee", "Park"])
  .concat(["Kumar", "Singh", "Sharma", "Garcia", "Müller", "Nguyen", "Tran", "Silva", "Santos"]);

/** Share of authors who carry a common (colliding) name. */
const COMMON_SHARE = 0.3;

export interface CollidingOptions {
  papers: number;
  seed?: number;
}

export function collidingCorpus({ papers, seed = 1 }: CollidingOptions): Corpus {
  // About 2.3 authors in the pool per paper gives the productivity mix of syntheticCorpus's sizes.
  const corpus = syntheticCorpus({ authors: Math.round(papers * 2.3), papers, seed });
  const renamed = new Map<string, string>();
  for (const paper of corpus.papers) {
    for (const mention of paper.authors) {
      const person = nameKey(mention.name);
      let name = renamed.get(person);
      if (name === undefined) {
        const h = hashString(`${seed}:${person}`) >>> 0;
        name =
          (h % 1000) / 1000 < COMMON_SHARE
            ? `${GIVEN[(h >>> 10) % GIVEN.length]} ${SURNAMES[zipf(h >>> 16, SURNAMES.length)]}`
            : mention.name;
        renamed.set(person, name);
      }
      mention.label = person;
      mention.name = name;
    }
  }
  return { ...corpus, id: `colliding-${papers}-${seed}`, label: `generated ${papers} papers` };
}

/** Index in [0, n) with P(i) ∝ 1/(i+1), from 16 random bits. */
function zipf(bits: number, n: number): number {
  let total = 0;
  for (let i = 0; i < n; i++) total += 1 / (i + 1);
  let x = ((bits & 0xffff) / 0x10000) * total;
  for (let i = 0; i < n; i++) {
    x -= 1 / (i + 1);
    if (x < 0) return i;
  }
  return n - 1;
}

/** Writes the corpus as project-JSON files of at most `perFile` papers into `dir`; returns them. */
export async function writeCorpusFiles(corpus: Corpus, dir: string, perFile = 50_000) {
  const files: string[] = [];
  for (let start = 0; start < corpus.papers.length; start += perFile) {
    const file = join(dir, `papers-${String(files.length).padStart(3, "0")}.json`);
    await writeFile(file, JSON.stringify({ papers: corpus.papers.slice(start, start + perFile) }));
    files.push(file);
  }
  return files;
}
