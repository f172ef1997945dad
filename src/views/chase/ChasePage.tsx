// 催报单: the printable page of the 催报清单 — per township which key indicators its reports leave
// out in which years, and the years with no report, with the county and the date, on A4. Opened
// from 完整性 (催报清单 → 打印催报单) over the app; 打印 prints it alone (src/print.css), Esc or
// 关闭 returns to 完整性. Same list as the XLSX (export/chaseList.ts).
import { useEffect, useRef } from "react";
import { createPortal } from "react-dom";
import { KEY_INDICATORS } from "../../domain";
import { chaseYearText, type ChaseEntry } from "../../export";
import "./chase.css";

export interface ChasePageProps {
  county: string | null;
  list: readonly ChaseEntry[];
  years: readonly number[];
  fictional: boolean;
  onClose: () => void;
  /** Today, as the page states it (a prop so tests can fix it). */
  date?: Date;
}

const dateText = (d: Date): string => `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;

export function ChasePage({ county, list, years, fictional, onClose, date = new Date() }: ChasePageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.print = "chase";
    heading.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && onClose();
    window.addEventListener("keydown", onKey);
    return () => {
      delete root.dataset.print;
      window.removeEventListener("keydown", onKey);
    };
  }, [onClose]);

  const span = years.length > 0 ? `${years[0]}—${years.at(-1)}年` : "";
  return createPortal(
    <div
      className="chase-page"
      role="dialog"
      aria-modal="true"
      aria-labelledby="chase-title"
      data-testid="chase-page"
    >
      <div className="chase-actions">
        <button type="button" onClick={() => window.print()} data-testid="chase-print">
          打印
        </button>
        <button type="button" onClick={onClose} data-testid="chase-close">
          关闭
        </button>
      </div>
      <article className="chase-sheet">
        <h1 id="chase-title" ref={heading} tabIndex={-1}>
          {county ?? "各县（市、区）"}法治政府建设年度报告补报通知
        </h1>
        <p className="chase-meta">
          {fictional && <span className="badge fictional">虚构示例数据</span>}
          <span>统计范围：{span}报告</span>
          <span>制表日期：{dateText(date)}</span>
        </p>
        <p className="chase-intro">
          经核对，下列乡镇（街道）{span}的法治政府建设情况报告未写明以下关键指标或未报送报告，请于
          <span className="chase-blank" />
          前补报（写明数值及口径；确无此项工作的请写明“无”或“0”）。
        </p>
        <table className="chase-table" data-testid="chase-table">
          <thead>
            <tr>
              <th scope="col">序号</th>
              <th scope="col">乡镇（街道）</th>
              <th scope="col">年度与缺项</th>
              <th scope="col">缺项数</th>
            </tr>
          </thead>
          <tbody>
            {list.map((e, i) => (
              <tr key={e.township} data-testid="chase-row">
                <td>{i + 1}</td>
                <th scope="row">{e.label}</th>
                <td>
                  <ul>
                    {e.years.map((y) => (
                      <li key={y.year} className={y.kind === "no_report" ? "no-report" : undefined}>
                        {chaseYearText(y)}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>{e.gaps}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="chase-foot">
          关键指标：{KEY_INDICATORS.map((d) => d.short).join("、")}。来源：各乡镇法治政府建设情况报告
          {fictional ? "（虚构示例数据）" : ""}。
        </p>
      </article>
    </div>,
    document.body,
  );
}
