// The header: product name, data-set switch (the fictional county always badged 虚构示例数据),
// county filter, 导入报告 and 工作区 (the workspace's dialogs), and the briefing button.
import { selectCounties, selectCounty, selectDataset, useDash, type DatasetSource } from "../../store";
import { Segmented } from "../../components";
import { workspaceStore } from "../../store/workspaceSlice";
import { zh } from "../../text/zh";
// With the page, not a lazy chunk: the overview's chart already brings the export menu, and the deck
// code and ECharts stay behind the button's click (src/export/actions.ts), so this adds ≈2 KB to the
// entry instead of a second render of the header and a request on the first chart's path.
import { BriefingButton } from "../../components/export/BriefingButton";

export function Header({ sources }: { sources: readonly DatasetSource[] }) {
  const datasetId = useDash((s) => s.dataset);
  const dataset = useDash(selectDataset);
  const counties = useDash(selectCounties);
  const county = useDash(selectCounty);
  const datasetChosen = useDash((s) => s.datasetChosen);
  const countyChosen = useDash((s) => s.countyChosen);
  const fictional = dataset?.fictional ?? sources.find((s) => s.id === datasetId)?.fictional ?? false;
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{zh.appTitle}</h1>
        <span className="brand-sub">{zh.appSubtitle}</span>
      </div>
      <div className="header-controls">
        <Segmented
          className="dataset-switch"
          label={zh.datasetLabel}
          testId="dataset-switch"
          value={datasetId}
          options={sources.map((s) => ({ value: s.id, label: s.label }))}
          onChange={datasetChosen}
          optionTestId={(id) => `dataset-${id}`}
        />
        {fictional && (
          <span
            className="badge fictional"
            data-testid="fictional-badge"
            title="本数据集为虚构的示例县，仅用于演示"
          >
            {zh.fictional}
          </span>
        )}
        {counties.length > 1 ? (
          <label className="control">
            <span>{zh.countyLabel}</span>
            <select
              data-testid="county-select"
              value={county ?? ""}
              onChange={(e) => countyChosen(e.target.value === "" ? null : e.target.value)}
            >
              <option value="">
                {zh.allCounties}（{counties.length}个）
              </option>
              {counties.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
        ) : (
          counties[0] && <span className="county-name">{counties[0]}</span>
        )}
        <button
          type="button"
          className="header-button"
          data-testid="import-open"
          onClick={() => workspaceStore.getState().panelOpened("import")}
        >
          {zh.importReports}
        </button>
        <button
          type="button"
          className="header-button"
          data-testid="workspace-open"
          onClick={() => workspaceStore.getState().panelOpened("workspace")}
        >
          {zh.workspace}
        </button>
        <BriefingButton />
      </div>
    </header>
  );
}
