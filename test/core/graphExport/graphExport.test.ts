// Graph exports written from what is drawn: GEXF (graphology-gexf), GraphML and SVG, with untrusted
// labels escaped and characters XML cannot hold dropped.
import { describe, expect, it } from "vitest";
import type { DrawnGraph } from "../../../src/core/graphExport/drawnGraph";
import { graphToGexf } from "../../../src/core/graphExport/gexf";
import { graphToGraphml } from "../../../src/core/graphExport/graphml";
import { graphToSvg } from "../../../src/core/graphExport/svg";

const graph: DrawnGraph = {
  title: "Lei Wang <workspace>",
  width: 200,
  height: 100,
  background: "#ffffff",
  labelColor: "#000000",
  nodes: [
    {
      id: "a",
      label: 'Ann "<b>" & Co\u0001',
      x: 10,
      y: 20,
      size: 5,
      color: "#ff0000",
      labelled: true,
      attributes: { papers: 3, community: "c1" },
    },
    {
      id: "b",
      label: "Bo",
      x: 50,
      y: 60,
      size: 2,
      color: "#00ff00",
      labelled: false,
      attributes: { papers: 1 },
    },
  ],
  edges: [{ source: "a", target: "b", size: 1, color: "#cccccc", weight: 2 }],
};

describe("graph exports", () => {
  it("writes GraphML with declared keys, escaped labels and weighted edges", () => {
    const xml = graphToGraphml(graph);
    expect(xml).toContain('<key id="n_papers" for="node" attr.name="papers" attr.type="double"/>');
    expect(xml).toContain('<data key="n_label">Ann &quot;&lt;b&gt;&quot; &amp; Co</data>');
    expect(xml).toContain('<edge id="e0" source="a" target="b">');
    expect(xml).toContain('<data key="e_weight">2</data>');
    expect(xml).not.toContain("\u0001");
  });

  it("writes an SVG with edges, nodes and only the labels that were shown", () => {
    const svg = graphToSvg(graph);
    expect(svg).toContain('<line x1="10" y1="20" x2="50" y2="60"');
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg.match(/<text /g)).toHaveLength(1);
    expect(svg).toContain("Ann &quot;&lt;b&gt;&quot; &amp; Co</text>");
    expect(svg).toContain("<title>Lei Wang &lt;workspace&gt;</title>");
  });

  it("writes GEXF through graphology-gexf with viz positions, sizes and colours", () => {
    const gexf = graphToGexf(graph);
    expect(gexf).toMatch(/<gexf[^>]*>/);
    expect(gexf).toContain('<node id="a" label="Ann &quot;&lt;b>&quot; &amp; Co">');
    expect(gexf).not.toContain("\u0001");
    expect(gexf).toMatch(/<viz:position x="10" y="-20"/);
    expect(gexf).toMatch(/<edge [^>]*source="a" target="b"[^>]*weight="2"/);
  });
});
