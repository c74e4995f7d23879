// The fitted global parameters: `npm run fit -- ../shared/data/arnetminer-tang ../shared/data/pubmed-song/pubmed-song.json ../shared/data/citeseerx-kim/citeseerx-kim-block.json ../shared/data/citeseerx-kim/citeseerx-kim-fullname.json --write`.
import { DEFAULT_MODEL, type SplitModel } from "./model";

export const FITTED_MODEL: SplitModel = {
  ...DEFAULT_MODEL,
  bias: 0.382,
  weights: [
    1.006, // sharedCoauthors
    0.028, // linkedCoauthors
    1.029, // venue
    5.251, // title
    4.287, // affiliation
    1.51, // noAffiliation
    -0.062, // yearGap
    -2.76, // firstNameConflict
    1.761, // firstNameMatch
    -3.207, // middleConflict
    -0.62, // smallerBlock
    -0.558, // initialsOnly
    -0.5, // givenCommonness
    1.509, // middleInName
    0.434, // nameCohesion
  ],
  confidence: [-1.553, 0.136, 0.375, 0.227],
};
