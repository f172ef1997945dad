// Strings of the county / township list section (zh-CN).
export const r = {
  title: "本县乡镇名单",
  pickHint:
    "选择本工作区所属的县（市、区）：其乡镇名单来自全国行政区划表，未报送的乡镇会在各视图中标为“未报送”。",
  searchPlaceholder: "输入县名、拼音或首字母，如 城口 / chengkou / ck",
  loading: "正在载入全国行政区划表…",
  count: (n: number) => `共 ${n} 个乡镇（街道）`,
  changeCounty: "更换县",
  rename: (name: string) => `${name}（可改名）`,
  renamedFrom: (name: string) => `原名 ${name}`,
  remove: (name: string) => `从名单中删除 ${name}`,
  addedByHand: "手动添加",
  addPlaceholder: "添加乡镇（如撤乡设镇后的新名称）",
  add: "添加",
  showZones: "列出开发区、农场等…",
  unmatched: "以下报告中的乡镇名称与名单对不上，请选择对应的乡镇：",
  pick: "选择…",
};
