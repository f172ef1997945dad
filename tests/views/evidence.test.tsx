// The evidence panel renders report text as text: markup inside a report never becomes HTML.
// The panel's content is rendered to a string (no DOM needed); effects such as scrolling do not run.
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EvidenceView } from "../../src/components";
import type { EvidenceTarget } from "../../src/store";
import { buildReport } from "../fixtures/dashboard";

const evil = buildReport({
  township: "<img src=x onerror=alert(1)>镇",
  county: "示例县",
  year: 2023,
  body: [
    "前文<script>alert(2)</script>，",
    { id: "disputes_handled", phrase: "调处纠纷<b>30</b>余起", value: 30, approx: "at_least" },
    {
      id: "dispute_resolution_pct",
      phrase: "全部化解",
      value: 100,
      basis: "derived",
      derivation: "30起中成功30起 → 100%",
    },
  ],
});

const render = (target: EvidenceTarget, townshipLabel = "") =>
  renderToString(
    <EvidenceView target={target} report={evil} townshipLabel={townshipLabel} onClose={() => {}} />,
  );

describe("EvidencePanel", () => {
  it("highlights the evidence span as text and escapes markup from the report", () => {
    const html = render({ kind: "figure", reportId: evil.id, indicator: "disputes_handled" });
    expect(html).toContain('data-testid="evidence-mark">调处纠纷&lt;b&gt;30&lt;/b&gt;余起</mark>');
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain("30余起");
    expect(html).toContain("原文写明");
  });

  it("says how a derived value was obtained", () => {
    const html = render({ kind: "figure", reportId: evil.id, indicator: "dispute_resolution_pct" });
    expect(html).toContain("推算");
    expect(html).toContain("30起中成功30起 → 100%");
  });

  it("says when the report does not state the figure, or there is no report", () => {
    expect(render({ kind: "figure", reportId: evil.id, indicator: "publicity_events" })).toContain(
      "该报告未写明此指标。",
    );
    const none = render({ kind: "no_report", township: "示例县/某镇", year: 2022 }, "某镇");
    expect(none).toContain("该乡镇本年度没有报告。");
    expect(none).toContain("某镇");
  });

  it("a completeness-by-year cell lists the four key indicators and highlights each one stated", () => {
    const html = render({ kind: "keys", reportId: evil.id });
    expect(html).toContain("关键指标写明情况");
    expect(html).toContain("写明2/4项");
    expect(html).toMatch(/调处纠纷数<\/dt><dd>30余起/);
    expect(html).toMatch(/调解成功率<\/dt><dd>100%（推算）/);
    expect(html).toMatch(/法律顾问覆盖率<\/dt><dd>未写明/);
    expect(html.match(/data-testid="evidence-mark"/g)).toHaveLength(2);
  });

  it("the heading can take focus (the panel moves focus there when it opens)", () => {
    expect(render({ kind: "report", reportId: evil.id })).toMatch(
      /<h2 tabindex="-1" data-testid="evidence-heading">/,
    );
  });
});
