// The index of name variants (accents, initials, name order) over every name of a corpus, built in
// slices: at 100k papers its one-go build held the Worker for seconds right after the split index.
// Chunks of names each get a NameVariantIndex; a name's variants are the chunks' together, in the
// order one index over all the names gives (names are distinct keys, so no chunk hides another's).
import { NameVariantIndex, type NameVariant } from "../core/nameKey";
import { runAll } from "./sliced";

/** Names per chunk: one chunk is a few ms of work. */
const CHUNK = 2_000;

export class NameVariants {
  private readonly chunks: NameVariantIndex[] = [];
  private readonly building: Generator<void, void>;

  constructor(private readonly names: readonly string[]) {
    this.building = this.build();
  }

  /** The build, a chunk a step: run it in slices (runSliced) to have it ready ahead of a query. */
  steps(): Generator<void, void> {
    return this.building;
  }

  /** Other names that may be `name` written differently (finishing the build first if need be). */
  variantsOf(name: string): NameVariant[] {
    runAll(this.building);
    const variants = this.chunks.flatMap((chunk) => chunk.variantsOf(name));
    return variants.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  private *build(): Generator<void, void> {
    for (let at = 0; at < this.names.length; at += CHUNK) {
      this.chunks.push(new NameVariantIndex(this.names.slice(at, at + CHUNK)));
      yield;
    }
  }
}
