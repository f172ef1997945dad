// 复制链接: copies the address of what the page shows (the hash carries the whole view). The
// clipboard API may be refused (an http intranet address is not a secure context, a browser policy,
// a denied permission): then the address is copied the old way, and if that fails too it is shown
// selected in a box for Ctrl+C. A short toast says which happened.
import { useEffect, useRef, useState } from "react";
import { zh } from "../text/zh";

type Outcome = { kind: "copied" } | { kind: "manual"; url: string };

/** Copies through a selected, off-screen textarea; false when the browser refuses. */
function copyByCommand(text: string): boolean {
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.className = "visually-hidden";
  document.body.append(area);
  area.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) throw new Error("no clipboard");
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyByCommand(text);
  }
}

const TOAST_MS = 2500;

export function CopyLinkButton() {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const box = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (outcome?.kind !== "copied") return undefined;
    const t = window.setTimeout(() => setOutcome(null), TOAST_MS);
    return () => window.clearTimeout(t);
  }, [outcome]);
  useEffect(() => {
    if (outcome?.kind !== "manual") return;
    box.current?.focus();
    box.current?.select();
  }, [outcome]);

  const copy = async () => {
    const url = window.location.href;
    setOutcome((await copyText(url)) ? { kind: "copied" } : { kind: "manual", url });
  };

  return (
    <span className="copy-link">
      <button type="button" className="copy-link-button" data-testid="copy-link" onClick={() => void copy()}>
        {zh.copyLink.button}
      </button>
      {outcome && (
        <span className="toast" role="status" data-testid="copy-link-toast">
          {outcome.kind === "copied" ? (
            zh.copyLink.copied
          ) : (
            <>
              {zh.copyLink.manual}
              <input
                ref={box}
                readOnly
                value={outcome.url}
                aria-label={zh.copyLink.button}
                data-testid="copy-link-box"
                onKeyDown={(e) => e.key === "Escape" && setOutcome(null)}
              />
              <button
                type="button"
                className="icon-button"
                aria-label={zh.close}
                onClick={() => setOutcome(null)}
              >
                ×
              </button>
            </>
          )}
        </span>
      )}
    </span>
  );
}
