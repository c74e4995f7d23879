// Beside the suggestion: the author records the source keeps for this name (source ids, or a count
// it reports) and how to reconcile them with the suggested people.
import type { RecordReconciliation } from "../../core/workspace/sourceRecords";
import { h, plural } from "../dom";
import type { NameModel } from "./nameModel";
import { withoutName } from "./names";

export function sourceRecordsView(
  reconciliation: RecordReconciliation,
  model: NameModel,
  focus: (identity: string) => void,
): HTMLElement | null {
  const { records, reported, lines } = reconciliation;
  if (records.length === 0 && !reported) return null;
  const nameOf = new Map(
    model.identities.map((i) => [i.key, withoutName(i.name, model.details.label)]),
  );
  const heading =
    records.length > 0
      ? `Source records: ${plural(records.length, "author record")}`
      : `Source records: ${plural(reported!.records, "author record")} reported`;
  return h(
    "section",
    {
      class: "source-records",
      attrs: {
        "aria-labelledby": "source-records-heading",
        "data-verdict": reconciliation.verdict,
      },
    },
    h("h3", { attrs: { id: "source-records-heading" } }, heading),
    h(
      "ul",
      { class: "evidence", attrs: { "aria-label": "How the records and the suggestion compare" } },
      ...lines.map((line) => h("li", {}, line)),
    ),
    records.length > 0
      ? h(
          "table",
          { class: "records-table" },
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              h("th", {}, "Record"),
              h("th", {}, "Papers"),
              h("th", {}, "Suggested people"),
            ),
          ),
          h(
            "tbody",
            {},
            ...records.map((record) =>
              h(
                "tr",
                {},
                h("td", {}, record.id),
                h("td", {}, String(record.papers)),
                h(
                  "td",
                  {},
                  ...record.identities.flatMap((key, i) => [
                    i > 0 ? "; " : "",
                    h(
                      "button",
                      {
                        class: "link-button",
                        attrs: { type: "button" },
                        on: { click: () => focus(key) },
                      },
                      nameOf.get(key) ?? key,
                    ),
                  ]),
                ),
              ),
            ),
          ),
        )
      : null,
  );
}
