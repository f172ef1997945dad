// Every Chinese string of the data table (数据表) and the indicator dictionary (指标说明) in one
// place. The app-wide strings live in src/text/zh.ts (owned by the dashboard); these are the ones
// only the table and the dictionary use, kept here so the wording is reviewed in one file.

export const tableText = {
  caption: "各乡镇法治政府建设年度指标",
  rowCount: (shown: number, total: number) =>
    shown === total ? `共 ${total} 份报告` : `显示 ${shown} / 共 ${total} 份报告`,
  noReportCount: (n: number) => `，另有 ${n} 个乡镇年度未报送`,
  fictional: "虚构示例数据",
  fictionalNote: "本表为演示用的虚构县，数字不代表任何真实乡镇。",
  empty: "没有符合条件的报告",
  emptyNoData: "还没有载入报告",
  search: "搜索乡镇",
  searchPlaceholder: "乡镇名称或拼音首字母，如 xyz",
  clearSearch: "清除搜索",
  gridHint: "方向键在单元格间移动；在数字上按 Enter 或单击，查看原文依据",

  columns: {
    township: "乡镇",
    county: "县（市、区）",
    year: "年度",
    missing: "缺少关键指标",
    missingUnit: "项",
    shortcomings: "问题数",
    shortcomingsUnit: "条",
  },
  columnTitle: {
    missing: "报告未写明的★关键指标项数（共4项）",
    shortcomings: "报告“存在的不足”部分列出的问题条数",
  },
  /** The 列 menu (show/hide columns). */
  columnMenu: {
    button: "列",
    title: "显示哪些列",
    basic: "基本信息",
    summary: "汇总",
    showAll: "全部显示",
    keyOnly: "只看★关键指标",
    shownCount: (shown: number, total: number) => `已显示 ${shown}/${total} 列`,
    alwaysShown: "（始终显示）",
  },
  sort: {
    asc: "升序",
    desc: "降序",
    none: "未排序",
    hint: "点击排序；按住 Shift 可按多列排序。未写明的始终排在最后",
  },
  filter: {
    open: (label: string) => `筛选“${label}”`,
    active: "（已设置筛选）",
    min: "最小",
    max: "最大",
    contains: "包含",
    textPlaceholder: "输入文字",
    clear: "清除",
    done: "完成",
    clearAll: "清除全部筛选",
    chipRange: (label: string, min: string, max: string) =>
      min && max ? `${label} ${min}～${max}` : min ? `${label} ≥ ${min}` : `${label} ≤ ${max}`,
    chipText: (label: string, text: string) => `${label} 含“${text}”`,
    remove: (chip: string) => `移除筛选：${chip}`,
    note: "设置范围后，未写明该指标的报告不显示",
  },
  cell: {
    noReport: "未报送",
    alternative: "备选",
    alternativeTitle: "同一乡镇同一年度的另一份报告（保留两份），图表使用另一份",
    hasAlternative: "另有一份",
    hasAlternativeTitle: "同一乡镇同一年度另有一份报告（保留两份），见标“备选”的行",
    missing: "—",
    missingTitle: "报告未提及",
    atLeast: (v: string, src: string) => `至少${v}（原文：${src}）`,
    about: (v: string, src: string) => `约${v}（原文：${src}）`,
    derivedTag: "推算",
    derived: (how: string) => `推算值：${how}`,
    derivedNoHow: "推算值（由报告中的其他数字得出）",
    open: "按 Enter 或单击查看原文依据",
    noEvidence: "（无原文依据）",
    errorTitle: (err: string) => `该报告无法读取：${err}`,
    unknownCounty: "—",
    unknownYear: "—",
  },
  dictionaryLink: (name: string) => `“${name}”的口径说明`,
  keyMark: "★",
  keyTitle: "关键指标：未写明时计入“缺少关键指标”",
} as const;

export const dictText = {
  title: "指标说明",
  intro:
    "数据表和图表中的每个数字，都是从各乡镇《法治政府建设情况报告》原文中自动提取的。本页说明每项指标的口径、报告里的常见写法、哪些计入哪些不计入，以及提取时如何判断。",
  generalRules: "通用规则",
  rules: [
    "报告没有写的指标记为“未写明”（表中显示“—”），不当作0；报告明确写了0（如“协助申请法律援助0人次”“未涉及行政案件”），记为0。",
    "制度性表述不是实际完成数：“每年不少于4次”“每月一次”都不计入。",
    "关于其他年份的数字（如“较2022年增长23%”）不计入本年度。",
    "同一指标多次出现时，取全年合计，不取分项小计；只有分项时，把分项相加（标为推算值）。",
  ],
  contents: "目录",
  keyBadge: "★ 关键指标",
  keyNote: "未写明时计入“缺少关键指标”",
  unit: "单位",
  unitsAlso: (units: readonly string[]) => `（报告中也写作“${units.join("”“")}”）`,
  short: "表头简称",
  definition: "口径",
  wording: "报告中的常见写法",
  counts: "计入",
  notCounts: "不计入",
  method: "提取时如何判断",
  markers: "数值标记",
  markersIntro: "表格和导出文件用以下标记区分原文数字的确切程度：",
  /** The legend rows; `sample` is the cell the legend draws with the table's own renderer. */
  markerRows: [
    {
      label: "至少",
      text: "原文为“30余”“30多”“30以上”“超过30”，实际数不少于30。",
      sample: { value: 30, approx: "at_least", basis: "stated", evidence: "调处各类矛盾纠纷30余起" },
    },
    {
      label: "约数",
      text: "原文为“约30”“近30”“30左右”。",
      sample: { value: 30, approx: "about", basis: "stated", evidence: "调处矛盾纠纷约30起" },
    },
    {
      label: "推算值",
      text: "报告没有直接写这个数，由其他数字得出：如“5村1居”→6，“已全部化解”→化解数=调处数，30起中成功30起→100%（保留一位小数）。",
      sample: {
        value: 6,
        approx: "exact",
        basis: "derived",
        evidence: "我镇5村1居",
        derivation: "我镇5村1居 → 5 + 1 = 6",
      },
    },
    {
      label: "写明为0",
      text: "报告明确写了0或“未发生”“未涉及”。",
      sample: { value: 0, approx: "exact", basis: "stated", evidence: "协助申请法律援助0人次" },
    },
    { label: "未写明", text: "报告中没有找到这项指标，不等于0。", sample: null },
  ],
  shortcomings: "问题类别",
  shortcomingsIntro:
    "“问题数”是报告“存在的不足/问题”部分逐条列出的问题（一是……二是……）。每条归入下列一个类别：",
  recurring:
    "同一乡镇在两个及以上年度的报告中提到同一类问题，视为“反复出现的问题”（问题未整改），是督导的重点信号。",
  backToTop: "回到顶部",
} as const;
