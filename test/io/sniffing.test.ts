import { describe, expect, it } from "vitest";
import { extraFormats } from "../../src/io/extraFormats";
import { formats } from "../../src/io/registry";
import { fixture } from "./fixtures";

/** The registry's formats plus ours (the lead appends `extraFormats`; duplicates are harmless). */
const all = [...formats, ...extraFormats];
const sniffedId = (head: string, fileName: string) =>
  all.find((format) => format.sniff(head.slice(0, 4096), fileName))?.id;

describe("format sniffing by content", () => {
  it.each([
    ["openalex/works-api.json", "openalex"],
    ["openalex/works-array.json", "openalex"],
    ["openalex/works.jsonl", "openalex"],
    ["dblp/dblp-sample.xml", "dblp-xml"],
    ["dblp/dblpperson.xml", "dblp-xml"],
    ["bibtex/refs.bib", "bibtex"],
    ["bibtex/missing-title.bib", "bibtex"],
    ["csv/papers.csv", "csv"],
    ["csv/wos-export.tsv", "csv"],
    ["csv/semicolon.csv", "csv"],
  ])("recognises %s as %s", (name, id) => {
    expect(sniffedId(fixture(name), name)).toBe(id);
  });

  it.each([
    ['<inproceedings key="conf/x/Y19" mdate="2019-01-01"><author>A</author>', "dblp-xml"],
    ['<article mdate="2019-01-01" key="journals/x/Y19">', "dblp-xml"],
    ["@article{key2019,\n  title = {T}}", "bibtex"],
    ['{"id":"https://openalex.org/W1","title":"T"}', "openalex"],
    ["Title,Authors,Year\nT,A,2000", "csv"],
  ])("recognises %j whatever the file is called", (head, id) => {
    expect(sniffedId(head, "upload.txt")).toBe(id);
  });

  it.each([
    ['{"papers": [{"id": "1", "title": "T", "authors": ["A"]}]}', "corpus-json"],
    ["<person><FullName>Wei Wang</FullName><publication>", "person-xml"],
    ["name,email\nA,a@example.org", undefined],
    ["<html><body>not a corpus</body></html>", undefined],
  ])("leaves %j to other formats", (head, id) => {
    expect(sniffedId(head, "upload.txt")).toBe(id);
  });
});
