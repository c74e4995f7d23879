// The mentions of one name key, one per paper, with what each says about who wrote it: the given
// name as printed (rawName first), source identifiers and affiliation.
import type { AuthorMention } from "../corpus";
import { labelOf, nameParts, type CorpusIndex } from "../corpusIndex";
import { givenName, type GivenName } from "./givenNames";
import { readSourceId, type SourceIdentity } from "./sourceIds";

export interface NameMention {
  paper: number;
  mention: AuthorMention | undefined;
  given: GivenName;
  source: SourceIdentity;
}

export function nameMentions(index: CorpusIndex, key: string, papers: number[]): NameMention[] {
  const { surname } = nameParts(key);
  return papers.map((paper) => {
    const at = index.mentionKeys[paper]!.indexOf(key);
    const mention = at === -1 ? undefined : index.corpus.papers[paper]!.authors[at];
    const printed = mention?.rawName ?? mention?.name ?? key;
    return {
      paper,
      mention,
      given: givenName(printed, surname),
      source: readSourceId(mention?.sourceId),
    };
  });
}

/**
 * The name as printed is initials only ("J. Lee", "HY Lee"): most mentions carry no full first
 * name of their own (rawName aside), so the key alone says little about who is meant.
 */
export function initialsOnly(mentions: NameMention[], key: string): boolean {
  const { surname } = nameParts(key);
  let initials = 0;
  for (const m of mentions)
    if (givenName(m.mention?.name ?? key, surname).first === undefined) initials++;
  return initials * 2 > mentions.length;
}

const distinctiveCache = new WeakMap<CorpusIndex, Map<string, boolean>>();

/**
 * A name printed with a full first name ("Kurt Maly"), not initials only ("YW Choi"): only such a
 * co-author is specific enough to tie two papers to one person by itself; "Y Wang" is many people.
 */
export function distinctiveName(index: CorpusIndex, key: string): boolean {
  let cache = distinctiveCache.get(index);
  if (!cache) distinctiveCache.set(index, (cache = new Map()));
  let distinctive = cache.get(key);
  if (distinctive === undefined) {
    distinctive = givenName(labelOf(index, key), nameParts(key).surname).first !== undefined;
    cache.set(key, distinctive);
  }
  return distinctive;
}
