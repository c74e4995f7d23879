// The fitted global parameters: `npm run fit -- ../shared/data/arnetminer-tang ../shared/data/pubmed-song/pubmed-song.json ../shared/data/citeseerx-kim/citeseerx-kim-block.json ../shared/data/citeseerx-kim/citeseerx-kim-fullname.json --write`.
import { DEFAULT_MODEL, type SplitModel } from "./model";

export const FITTED_MODEL: SplitModel = {
  ...DEFAULT_MODEL,
  bias: -0.377,
  weights: [
    0.944, // sharedCoauthors
    1.732, // venue
    5.071, // title
    4.96, // affiliation
    1.645, // noAffiliation
    0, // noVenue
    0, // noTitle
    -0.143, // yearGap
    -2.529, // firstNameConflict
    2.19, // firstNameMatch
    -3.02, // middleConflict
    -0.334, // smallerBlock
    1.902, // fewBlocks
    -0.711, // initialsOnly
    -0.351, // givenCommonness
    1.189, // middleInName
    0.411, // nameCohesion
  ],
  confidence: [-2.156, 0.632, 2.175, -0.324, -0.054, -0.127, 0.164],
};
