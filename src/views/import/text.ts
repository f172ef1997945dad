// The import and workspace UI's strings (zh-CN), kept with the import chunk so the first paint does
// not carry them.
export const t = {
  importTitle: "导入报告",
  dropHint: "把报告文件、文件夹或 .zip 压缩包拖到这里",
  pickFiles: "选择文件…",
  pickFolder: "选择文件夹…",
  accepted:
    "可导入：.txt（UTF-8、GB18030/GBK、UTF-16）、网页 .html/.htm、.docx、.doc/.wps、有文字层的 .pdf、.ofd、.zip，" +
    "命令行导出的数据集（reports.json 或 --json 输出）、工作区文件（.json）",
  progress: (done: number, total: number) => `第 ${Math.min(done + 1, total)} / ${total} 份`,
  progressDone: (total: number) => `已处理 ${total} 份`,
  reading: "正在读取文件…",
  cancel: "取消导入",
  cancelled: "导入已取消：已处理的报告已保存，其余未导入。",
  close: "关闭",
  done: "导入完成",
  added: (n: number) => `新增 ${n} 份报告`,
  replaced: (n: number) => `替换 ${n} 份`,
  keptBoth: (n: number) => `${n} 份与已有报告并存（作为备选）`,
  workspaces: (n: number) => `导入工作区文件 ${n} 个`,
  problems: (n: number) => `${n} 个文件未能导入：`,
  skipped: (n: number) => `${n} 个文件已跳过：`,
  openWorkspace: "查看工作区",
  duplicateTitle: "同一乡镇同一年度已有报告",
  duplicateBody: (township: string, year: number, incoming: string, existing: string) =>
    `《${incoming}》是${township} ${year} 年的报告，工作区中已有《${existing}》。`,
  replace: "替换已有报告",
  keepBoth: "两份都保留",
  skip: "跳过这份",
  applyToRest: "本批其余重复的报告也这样处理",
  wsTitle: (name: string) => `导入工作区文件《${name}》`,
  wsBody:
    "当前工作区已有内容。合并：保留现有内容并加入文件中的新报告；替换：清空现有内容，改用文件中的内容。",
  wsConflicts: "以下报告两边都有但内容不同，请逐份选择保留哪一边：",
  keepMine: "保留本工作区的",
  takeTheirs: "采用文件中的",
  merge: "合并",
  replaceAll: "替换全部",
  skipFile: "不导入此文件",
};

export const w = {
  title: "工作区",
  count: (n: number) => `本工作区保存在这台电脑的浏览器中，共 ${n} 份报告。`,
  persistence: {
    granted: "浏览器已同意持久保存本工作区的数据。",
    denied:
      "浏览器没有同意持久保存：存储空间紧张时，浏览器可能清除这些数据。请定期“导出工作区”，把文件保存在电脑上作为备份。",
    unknown: "浏览器尚未答复是否持久保存本工作区的数据（导入报告后会询问）。",
    unsupported: "这个浏览器不支持持久保存的请求；请定期“导出工作区”作为备份。",
  },
  exportWs: "导出工作区",
  importWs: "导入工作区…",
  clearWs: "清空工作区",
  clearConfirm:
    "确定清空？所有导入的报告、校对记录和乡镇名单都将从本浏览器删除，无法恢复。建议先导出工作区。",
  clearYes: "确定清空",
  clearNo: "不清空",
  cleared: "工作区已清空。",
  exported: (name: string) => `已导出《${name}》。`,
  otherTab: "另一个标签页修改了工作区，本页已更新。",
};
