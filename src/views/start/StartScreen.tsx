// First run (no address hash, empty workspace) and an empty workspace: import the county's own
// reports first; the sample reports and the fictional county are one click away, never mixed in.
import { useDash } from "../../store";
import { useWorkspace } from "../../store/workspaceSlice";
import { DropZone } from "../import/DropZone";
import { runImport } from "../import/run";
import "../import/import.css";
import "./start.css";

export default function StartScreen() {
  const chosen = useDash((s) => s.datasetChosen);
  const panel = useWorkspace((s) => s.panel);
  return (
    <section className="start-screen" data-testid="start-screen" aria-labelledby="start-title">
      <h2 id="start-title">导入本县报告</h2>
      <p className="start-lead">
        把各乡镇报送的《法治政府建设情况报告》导入这里：程序在本机浏览器中读出各项数据和原文依据，
        报告内容不会离开这台电脑。导入后可以逐项核对、比较各乡镇，并生成简报。
      </p>
      {/* While a dialog is open its own picker is the one on the page. */}
      {panel === null ? (
        <DropZone large onFiles={(f) => void runImport(f)} />
      ) : (
        <div className="drop-zone large" />
      )}
      <div className="start-others">
        <p>先看看效果：</p>
        <button type="button" data-testid="start-samples" onClick={() => chosen("samples")}>
          查看样本报告
          <small>5 份公开的真实报告</small>
        </button>
        <button type="button" data-testid="start-demo" onClick={() => chosen("demo")}>
          查看示例县
          <small>虚构示例数据，14 个乡镇 × 4 年</small>
        </button>
      </div>
    </section>
  );
}
