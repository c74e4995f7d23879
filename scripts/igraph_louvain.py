#!/usr/bin/env python3
"""igraph's C Louvain (community_multilevel) on an edge list, for `npm run bench` to compare with.

Usage: igraph_louvain.py EDGEFILE [RESOLUTION] [REPEAT]
EDGEFILE: first line "NODES EDGES", then one "SOURCE TARGET WEIGHT" line per undirected edge,
ids 0..NODES-1. Only the clustering is timed (not reading the file or building the graph); with
REPEAT > 1 the median time is reported. Prints one JSON object: {seconds, modularity, communities}.
"""
import json
import statistics
import sys
import time

try:
    import igraph
except ImportError:
    print(json.dumps({"error": "python igraph is not installed (apt-get install python3-igraph)"}))
    sys.exit(2)


def read_edges(path):
    with open(path) as f:
        nodes, edge_count = (int(x) for x in f.readline().split())
        edges = []
        weights = []
        for line in f:
            s, t, w = line.split()
            edges.append((int(s), int(t)))
            weights.append(float(w))
    if len(edges) != edge_count:
        raise SystemExit(f"{path}: header says {edge_count} edges, found {len(edges)}")
    return nodes, edges, weights


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    path = sys.argv[1]
    resolution = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
    repeat = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    nodes, edges, weights = read_edges(path)
    graph = igraph.Graph(n=nodes, edges=edges, directed=False)
    times = []
    clustering = None
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        clustering = graph.community_multilevel(weights=weights, resolution=resolution)
        times.append(time.perf_counter() - start)
    membership = clustering.membership
    print(
        json.dumps(
            {
                "seconds": statistics.median(times),
                "modularity": graph.modularity(membership, weights=weights, resolution=resolution),
                "communities": len(set(membership)),
            }
        )
    )


if __name__ == "__main__":
    main()
