import { describe, expect, it } from "vitest";
import { detectFormat, formats } from "../../src/io/registry";
import { fixture } from "./fixtures";

const sniffedId = (head: string, fileName = "upload.txt") =>
  detectFormat(head.slice(0, 4096), fileName)?.id;

describe("format sniffing by content", () => {
  it.each([
    ["openalex/works-api.json", "openalex"],
    ["openalex/works-array.json", "openalex"],
    ["openalex/works.jsonl", "openalex"],
    ["dblp/dblp-sample.xml", "dblp-xml"],
    ["dblp/dblpperson.xml", "dblp-xml"],
    ["bibtex/refs.bib", "bibtex"],
    ["bibtex/scopus.bib", "bibtex"],
    ["bibtex/wos.bib", "bibtex"],
    ["bibtex/split-library/abbreviations.bib", "bibtex"],
    ["csv/papers.csv", "csv"],
    ["csv/wos-export.tsv", "csv"],
    ["csv/semicolon.csv", "csv"],
    ["csv/bibliometrix-export.csv", "csv"],
    ["csv/scopus-current.csv", "scopus-csv"],
    ["csv/scopus-old.csv", "scopus-csv"],
    ["csv/wos-tab-utf8.txt", "wos-tab"],
    ["csv/lens.csv", "lens-csv"],
    ["csv/openalex-web.csv", "openalex-csv"],
    ["csv/ieee.csv", "ieee-csv"],
    ["csv/springer.csv", "springer-csv"],
  ])("recognises %s as %s", (name, id) => {
    expect(sniffedId(fixture(name), name)).toBe(id);
  });

  it.each([
    ['<inproceedings key="conf/x/Y19" mdate="2019-01-01"><author>A</author>', "dblp-xml"],
    ['<article mdate="2019-01-01" key="journals/x/Y19">', "dblp-xml"],
    ["@article{key2019,\n  title = {T}}", "bibtex"],
    ["@ARTICLE{D'Ambrosio20171339,\nauthor={D'Ambrosio, R.}", "bibtex"],
    ['{"id":"https://openalex.org/W1","title":"T"}', "openalex"],
    ["Title,Authors,Year\nT,A,2000", "csv"],
  ])("recognises %j whatever the file is called", (head, id) => {
    expect(sniffedId(head)).toBe(id);
  });

  it.each([
    ['{"papers": [{"id": "1", "title": "T", "authors": ["A"]}]}', "corpus-json"],
    [
      '{"meta": {"count": 1}, "results": [{"id": "https://openalex.org/W1", "abstract_inverted_index": {"papers": [0]}}]}',
      "openalex",
    ],
    ["<person><FullName>Wei Wang</FullName><publication>", "person-xml"],
    ["name,email\nA,a@example.org", undefined],
    ["<html><body>not a corpus</body></html>", undefined],
    ["write to me@example.org {soon}", undefined],
  ])("leaves %j to the right format", (head, id) => {
    expect(sniffedId(head)).toBe(id);
  });

  it("has one entry per format, each saying what it keeps", () => {
    const ids = formats.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const format of formats) expect(format.keeps.length).toBeGreaterThan(20);
  });
});

describe("README's format table", () => {
  it("lists every registered format", async () => {
    const { readFileSync } = await import("node:fs");
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const table = readme.slice(readme.indexOf("| format | id of a paper |"));
    for (const format of formats) expect(table, format.id).toContain(format.label.split(" (")[0]);
  });
});
