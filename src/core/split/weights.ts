// The fitted global parameters: `npm run fit -- ../shared/data/arnetminer-tang ../shared/data/pubmed-song/pubmed-song.json ../shared/data/citeseerx-kim/citeseerx-kim-block.json ../shared/data/citeseerx-kim/citeseerx-kim-fullname.json --write`.
import { DEFAULT_MODEL, type SplitModel } from "./model";

export const FITTED_MODEL: SplitModel = {
  ...DEFAULT_MODEL,
  bias: -0.844,
  weights: [
    0.896, // sharedCoauthors
    1.802, // venue
    5.296, // title
    4.768, // affiliation
    1.614, // noAffiliation
    0.242, // noVenue
    0.66, // noTitle
    0.706, // noCoauthors
    -0.233, // yearGap
    -2.565, // firstNameConflict
    2.296, // firstNameMatch
    -3.231, // middleConflict
    -0.225, // smallerBlock
    2.419, // fewBlocks
    -0.756, // initialsOnly
    -0.25, // givenCommonness
    1.237, // middleInName
    0.393, // nameCohesion
  ],
  confidence: [-2.004, 0.628, 2.232, -0.32, -0.063, -0.068, -0.112],
};
