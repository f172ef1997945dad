// The questions an import asks: a duplicate (replace / keep both / skip, for the rest of the batch
// too), and how to bring a workspace file into a non-empty workspace (merge with per-report
// choices, or replace).
import { useState } from "react";
import type { Question } from "./run";
import { t } from "./text";

export function QuestionCard({ question }: { question: Question }) {
  return question.kind === "duplicate" ? (
    <Duplicate question={question} />
  ) : (
    <WorkspaceChoice question={question} />
  );
}

function Duplicate({ question }: { question: Extract<Question, { kind: "duplicate" }> }) {
  const [rest, setRest] = useState(false);
  const { q } = question;
  const answer = (choice: "replace" | "keep_both" | "skip") => question.answer({ choice, applyToRest: rest });
  return (
    <div
      className="import-question"
      data-testid="duplicate-question"
      role="group"
      aria-label={t.duplicateTitle}
    >
      <h3>{t.duplicateTitle}</h3>
      <p>{t.duplicateBody(q.township, q.year, q.incoming, q.existing)}</p>
      <label className="check">
        <input
          type="checkbox"
          checked={rest}
          data-testid="duplicate-apply-rest"
          onChange={(e) => setRest(e.currentTarget.checked)}
        />
        {t.applyToRest}
      </label>
      <div className="import-actions">
        <button type="button" data-testid="duplicate-replace" onClick={() => answer("replace")}>
          {t.replace}
        </button>
        <button type="button" data-testid="duplicate-keep-both" onClick={() => answer("keep_both")}>
          {t.keepBoth}
        </button>
        <button type="button" data-testid="duplicate-skip" onClick={() => answer("skip")}>
          {t.skip}
        </button>
      </div>
    </div>
  );
}

function WorkspaceChoice({ question }: { question: Extract<Question, { kind: "workspace" }> }) {
  const [take, setTake] = useState<Set<string>>(new Set());
  const toggle = (key: string, theirs: boolean) =>
    setTake((s) => {
      const next = new Set(s);
      if (theirs) next.add(key);
      else next.delete(key);
      return next;
    });
  return (
    <div className="import-question" data-testid="workspace-question" role="group">
      <h3>{t.wsTitle(question.name)}</h3>
      <p>{t.wsBody}</p>
      {question.conflicts.length > 0 && (
        <>
          <p>{t.wsConflicts}</p>
          <ul className="conflicts" data-testid="workspace-conflicts">
            {question.conflicts.map((c) => (
              <li key={c.key}>
                <span className="conflict-file">《{c.file}》</span>
                <span className="conflict-detail">{c.detail}</span>
                <label>
                  <input
                    type="radio"
                    name={`c-${c.key}`}
                    checked={!take.has(c.key)}
                    onChange={() => toggle(c.key, false)}
                  />
                  {t.keepMine}
                </label>
                <label>
                  <input
                    type="radio"
                    name={`c-${c.key}`}
                    checked={take.has(c.key)}
                    onChange={() => toggle(c.key, true)}
                  />
                  {t.takeTheirs}
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="import-actions">
        <button
          type="button"
          data-testid="workspace-merge"
          onClick={() => question.answer({ mode: "merge", takeIncoming: take })}
        >
          {t.merge}
        </button>
        <button
          type="button"
          data-testid="workspace-replace"
          onClick={() => question.answer({ mode: "replace", takeIncoming: new Set() })}
        >
          {t.replaceAll}
        </button>
        <button type="button" onClick={() => question.answer(null)}>
          {t.skipFile}
        </button>
      </div>
    </div>
  );
}
