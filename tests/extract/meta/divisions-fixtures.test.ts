// Every sample and real excerpt gets the `division` the contract (§1a) says it should: the unit
// checked by hand against the source address (the excerpts' url field), `stated` where the text
// names a containing county/city/province, `inferred` where the name is unique, and absent where
// several units share the name and the text names nothing to choose by (or the list lacks it).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractReport } from "../../../src/extract";
import { readDivisions } from "../../../src/geo/node";

const divisions = readDivisions();
const extract = (path: string) => extractReport(readFileSync(path, "utf8"), path, { divisions });

type Expected = [string, "stated" | "inferred"] | null;

const SAMPLES: Record<string, Expected> = {
  "2022-wanzhou-xinxiang.txt": ["500101123", "stated"],
  "2023-chengkou-xianyi.txt": ["500229110", "stated"],
  "2023-mengcheng-xutuan.txt": ["341622106", "stated"],
  "2023-zhuanghe-taipingling.txt": ["210283208", "stated"],
  "2024-lushan-xiatang.txt": ["410423101", "stated"],
};

const REAL: Record<string, Expected> = {
  "001": ["410526106", "stated"], // 滑县 in the title
  "002": ["440111017", "inferred"], // 鹤龙街 = 鹤龙街道, unique (白云区)
  "003": null, // 北城街街道: several 北城街道, no county named
  "004": ["320904002", "inferred"], // 大丰区
  "005": null, // no township named
  "006": ["532302201", "stated"], // 禄丰市 in the addressee
  "007": ["340210102", "stated"], // 六郎镇, and 安徽 named
  "008": null, // several 长寿镇
  "009": null, // several 春江街道
  "010": ["430902105", "inferred"], // 资阳区
  "011": null, // several 龙溪镇
  "012": ["370481108", "inferred"], // 滕州市
  "013": ["370481112", "inferred"], // 滕州市
  "014": ["370812102", "stated"], // 兖州区 in the publisher field
  "015": null, // several 中村乡, the city unnamed
  "016": ["440111020", "inferred"], // 龙归街 = 龙归街道 (白云区)
  "017": ["441802007", "stated"], // 清城区 in a document title
  "018": null, // 银杏大街街道 is newer than the 2023 list
  "019": ["440118005", "stated"], // 增城区
  "020": ["360732200", "inferred"], // 兴国县
  "021": ["431126204", "inferred"], // 宁远县
  "022": null, // several 王河镇, no county or province named
  "023": ["542523201", "stated"], // 噶尔县
  "024": ["431226205", "inferred"], // 麻阳苗族自治县
  "025": ["330106009", "inferred"], // 西湖区
  "026": ["610702008", "stated"], // 汉台区
  "027": ["440881108", "stated"], // 安铺镇, and 广东 named
  "028": ["511725111", "stated"], // 渠县
};

const got = (path: string): Expected => {
  const d = extract(path).division;
  return d ? [d.code, d.basis] : null;
};

describe("division of every sample", () => {
  it.each(Object.entries(SAMPLES))("%s", (file, expected) => {
    expect(got(`data/reports/${file}`)).toEqual(expected);
  });
});

describe("division of every real excerpt", () => {
  it.each(Object.entries(REAL))("case %s", (c, expected) => {
    expect(got(`tests/fixtures/real/cases/${c}.txt`)).toEqual(expected);
  });

  it("a stated division's county is the one the text names, when it names one", () => {
    for (const c of Object.keys(REAL)) {
      const r = extract(`tests/fixtures/real/cases/${c}.txt`);
      if (r.division && r.county) expect(r.division.county, c).toBe(r.county);
    }
  });
});
