// What an import did: counts, and every file that was not imported with its reason (each reason
// names its file), and the storage failure that stopped it, if one did.
import type { ImportSummary } from "../../workspace/importer";
import { t } from "./text";

export function Summary({ summary }: { summary: ImportSummary }) {
  const parts = [t.added(summary.added.length)];
  if (summary.replaced) parts.push(t.replaced(summary.replaced));
  if (summary.keptBoth) parts.push(t.keptBoth(summary.keptBoth));
  if (summary.workspaces) parts.push(t.workspaces(summary.workspaces));
  return (
    <div className="import-summary" data-testid="import-summary" role="status">
      <p>
        <strong>{summary.cancelled ? t.cancelled : t.done}</strong> {parts.join("，")}
      </p>
      {summary.storageError && (
        <p className="import-error" role="alert" data-testid="import-storage-error">
          {summary.storageError}
        </p>
      )}
      {summary.problems.length > 0 && (
        <>
          <p>{t.problems(summary.problems.length)}</p>
          <ul className="import-problems" data-testid="import-problems">
            {summary.problems.map((p, i) => (
              <li key={i}>{p.reason}</li>
            ))}
          </ul>
        </>
      )}
      {summary.skipped.length > 0 && (
        <>
          <p>{t.skipped(summary.skipped.length)}</p>
          <ul className="import-skipped" data-testid="import-skipped">
            {summary.skipped.map((p, i) => (
              <li key={i}>
                《{p.file}》：{p.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
