// The fuzz suite's targets. To fuzz one more importer, append a `FuzzTarget` here (target.ts says
// what one needs); `npm run fuzz` and the slice in `npm test` pick it up.
import { corpusTargets } from "./corpusTargets";
import { decisionsTarget } from "./decisionsTargets";
import type { FuzzTarget } from "./target";

export const fuzzTargets: FuzzTarget[] = [...corpusTargets, decisionsTarget as FuzzTarget];
