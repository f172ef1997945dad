// 区县对比's strings (zh-CN), kept beside the view.
export const levelsText = {
  title: (year: number) => `${year}年各区县对比`,
  province: (name: string) => (name ? `全省（${name}）` : "全部"),
  path: "层级",
  unit: "地区",
  townships: "乡镇数",
  reporting: (year: number) => `${year}年报送`,
  median: (name: string) => `${name}中位数`,
  stating: (n: number) => `${n}个乡镇写明`,
  keyShare: (name: string) => `写明“${name}”的乡镇占比`,
  sortBy: (what: string) => `按${what}排序`,
  intro:
    "每个区县：乡镇数、当年报送的乡镇数、所选指标的中位数，以及写明各项★关键指标的乡镇占全部乡镇的比例（颜色越深占比越高）。点击地市进入该市，点击区县查看其乡镇排名。",
  unlocated: "未定位：报告没有区划代码，无法归入地市，按报告中的县名列出。",
  noCounties: "该层级没有区县。",
  drillCity: (name: string) => `进入${name}`,
  drillCounty: (name: string) => `查看${name}各乡镇排名`,
};
