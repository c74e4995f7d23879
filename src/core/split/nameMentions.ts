// The mentions of one name key, one per paper, with what each says about who wrote it: the given
// name as printed (rawName first), source identifiers and affiliation.
import type { AuthorMention } from "../corpus";
import { nameParts, type CorpusIndex } from "../corpusIndex";
import { givenName, type GivenName } from "./givenNames";
import { readSourceId, type SourceIdentity } from "./sourceIds";

export interface NameMention {
  paper: number;
  mention: AuthorMention | undefined;
  /** The given name as the source printed it in full (`rawName`), else as the paper prints it. */
  given: GivenName;
  /** The paper's own printing carries no full first name ("J. Lee", "HY Lee"). */
  printedInitials: boolean;
  source: SourceIdentity;
}

export function nameMentions(index: CorpusIndex, key: string, papers: number[]): NameMention[] {
  const { surname } = nameParts(key);
  // The same few printed forms recur on most of a name's papers: read each once.
  const read = new Map<string, GivenName>();
  const given = (printed: string): GivenName => {
    let form = read.get(printed);
    if (!form) read.set(printed, (form = givenName(printed, surname)));
    return form;
  };
  return papers.map((paper) => {
    const at = index.mentionKeys[paper]!.indexOf(key);
    const mention = at === -1 ? undefined : index.corpus.papers[paper]!.authors[at];
    const printed = given(mention?.name ?? key);
    return {
      paper,
      mention,
      given: mention?.rawName ? given(mention.rawName) : printed,
      printedInitials: printed.first === undefined,
      source: readSourceId(mention?.sourceId),
    };
  });
}

/**
 * The name as printed is initials only ("J. Lee", "HY Lee"): most mentions carry no full first
 * name of their own (rawName aside), so the key alone says little about who is meant.
 */
export function initialsOnly(mentions: NameMention[]): boolean {
  let initials = 0;
  for (const m of mentions) if (m.printedInitials) initials++;
  return initials * 2 > mentions.length;
}
