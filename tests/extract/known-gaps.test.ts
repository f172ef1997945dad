// Known gaps: what the engine does not read yet. Each is an it.fails, so fixing one turns the
// suite red until the test moves to the rule's own table.
import { describe, expect, it } from "vitest";
import { valueOf } from "./helpers";

describe("known gaps", () => {
  it.fails("disputes of two bodies add up (调委会52件；司法所8件 → 60), stocks are never summed", () => {
    const body = "人民调解组织调解纠纷52件，调解成功50件；司法所调解纠纷8件，调解成功8件。";
    expect(valueOf(body, "disputes_handled")).toBe(60);
  });

  it.fails("a resolved count from a rate other than 100% (50起，成功率98% → 49)", () => {
    expect(valueOf("调处纠纷50起，调处成功率98%。", "disputes_resolved")).toBe(49);
  });
});
