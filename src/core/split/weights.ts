// The fitted global parameters: `npm run fit -- ../shared/data/arnetminer-tang ../shared/data/pubmed-song/pubmed-song.json ../shared/data/citeseerx-kim/citeseerx-kim-block.json ../shared/data/citeseerx-kim/citeseerx-kim-fullname.json --write`.
import { DEFAULT_MODEL, type SplitModel } from "./model";

export const FITTED_MODEL: SplitModel = {
  ...DEFAULT_MODEL,
  bias: -0.391,
  weights: [
    0.955, // sharedCoauthors
    -0.189, // linkedCoauthors
    1.715, // venue
    5.106, // title
    4.941, // affiliation
    1.674, // noAffiliation
    -0.152, // yearGap
    -2.532, // firstNameConflict
    2.197, // firstNameMatch
    -3.031, // middleConflict
    -0.363, // smallerBlock
    1.918, // fewBlocks
    -0.693, // initialsOnly
    -0.345, // givenCommonness
    1.196, // middleInName
    0.412, // nameCohesion
  ],
  confidence: [-2.068, 0.602, 2.088, -0.314, -0.034, -0.125, 0.159],
};
