// Command-line arguments of src/cli/extract.ts, parsed without side effects so they can be tested.

export const USAGE = `用法:
  extract --json FILE...          逐个文件提取，向标准输出打印 { "reports": [...] }
  extract --explain FILE...       逐个文件说明：每个解析器提出的候选值，以及每个精炼器保留、合并或舍弃它的原因
  extract [--in DIR] [--out DIR] [--dataset NAME] [--label TEXT] [--fictional]
                                  提取 DIR（默认 data/reports）中的全部报告，写入 OUT（默认 data/extracted）
  --time-limit SECONDS            每个文件的处理时限（默认 30 秒），超时的文件记为错误，其余照常`;

export interface Args {
  json: boolean;
  explain: boolean;
  files: string[];
  inDir: string;
  outDir: string;
  dataset: string;
  label: string | null;
  fictional: boolean;
  /** Per file, in milliseconds. */
  timeLimitMs: number;
}

const DEFAULT_LABELS: ReadonlyMap<string, string> = new Map([
  ["samples", "样例报告（公开文件）"],
  ["demo", "示例县（虚构示例数据）"],
]);

/**
 * The data set's label: --label if given, else the known label of a bundled data set, else its name.
 * A Map, since the name comes from the command line (`--dataset constructor` is just a name).
 */
export function datasetLabel(args: Pick<Args, "dataset" | "label">): string {
  return args.label ?? DEFAULT_LABELS.get(args.dataset) ?? args.dataset;
}

export function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = {
    json: false,
    explain: false,
    files: [],
    inDir: "data/reports",
    outDir: "data/extracted",
    dataset: "samples",
    label: null,
    fictional: false,
    timeLimitMs: 30_000,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) throw new Error(`${a} 需要一个值`);
      return v;
    };
    try {
      if (a === "--json") args.json = true;
      else if (a === "--explain") args.explain = true;
      else if (a === "--in") args.inDir = value();
      else if (a === "--out") args.outDir = value();
      else if (a === "--dataset") args.dataset = value();
      else if (a === "--label") args.label = value();
      else if (a === "--fictional") args.fictional = true;
      else if (a === "--time-limit") {
        const seconds = Number(value());
        if (!(seconds > 0)) throw new Error("--time-limit 需要一个正数（秒）");
        args.timeLimitMs = seconds * 1000;
      } else if (a === "--help" || a === "-h") return USAGE;
      else if (a === "--") {
        args.files.push(...argv.slice(i + 1));
        break;
      } else if (a.startsWith("--")) return `未知选项 ${a}\n${USAGE}`;
      else args.files.push(a);
    } catch (e) {
      return `${(e as Error).message}\n${USAGE}`;
    }
  }
  return args;
}
