// Which split model made a suggestion. A batch run stores suggestions for the app to show without
// splitting again; they are the app's own answer only while the app's model is the same, so each
// store says which model made its suggestions and the app compares.
import { hashString } from "../csr/stringTable";
import type { SplitModel } from "./model";
import { FITTED_MODEL } from "./weights";

/** Bump when the split's code changes what it suggests with the same weights. */
export const SPLIT_ENGINE_REVISION = 1;

/** A short id of the engine revision and the model's parameters ("r1-3f2a9c01"). */
export function splitModelId(model: SplitModel = FITTED_MODEL): string {
  const hash = hashString(JSON.stringify(model)) >>> 0;
  return `r${SPLIT_ENGINE_REVISION}-${hash.toString(16).padStart(8, "0")}`;
}
