// graphology-gexf's writer on its own: the package's browser entry also loads a parser that needs
// the DOM's DOMParser at import time, which Node (tests, CLI) does not have.
declare module "graphology-gexf/common/writer.js" {
  import type Graph from "graphology-types";
  import type { Attributes } from "graphology-types";
  import type { GexfWriterOptions } from "graphology-gexf/common/types";

  export default function write<N extends Attributes, E extends Attributes>(
    graph: Graph<N, E>,
    options?: GexfWriterOptions<N, E>,
  ): string;
}
