// The fitted global parameters: `npm run fit -- ../shared/data/arnetminer-tang ../shared/data/pubmed-song/pubmed-song.json ../shared/data/citeseerx-kim/citeseerx-kim-block.json ../shared/data/citeseerx-kim/citeseerx-kim-fullname.json --write`.
import { DEFAULT_MODEL, type SplitModel } from "./model";

export const FITTED_MODEL: SplitModel = {
  ...DEFAULT_MODEL,
  bias: -0.618,
  weights: [
    0.929, // sharedCoauthors
    1.809, // venue
    5.28, // title
    4.872, // affiliation
    1.618, // noAffiliation
    0.377, // noVenue
    0.728, // noTitle
    -0.168, // yearGap
    -2.615, // firstNameConflict
    2.159, // firstNameMatch
    -3.145, // middleConflict
    -0.31, // smallerBlock
    2.281, // fewBlocks
    -0.563, // initialsOnly
    -0.331, // givenCommonness
    1.252, // middleInName
    0.393, // nameCohesion
  ],
  confidence: [-2.148, 0.611, 2.155, -0.323, -0.059, -0.141, 0.276],
};
