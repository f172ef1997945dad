// A button that opens a short menu of export choices. One component for the chart, table and
// briefing buttons so they look and behave alike: Escape or a click outside closes it, the busy
// state says what is being made, and a failure is shown next to the button instead of vanishing.
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import "./export.css";

export interface ExportChoice {
  id: string;
  label: string;
  /** Second line in grey: size, format, what the file holds. */
  hint?: string;
  /** `from` is the menu's root element, for a choice that looks at its surroundings. */
  run(from: HTMLElement | null): Promise<unknown> | unknown;
}

interface ExportMenuProps {
  label: string;
  choices: readonly ExportChoice[];
  testId: string;
  /** Extra controls above the choices (the briefing's county and year). */
  children?: ReactNode;
  disabled?: boolean;
  title?: string;
}

export function ExportMenu({ label, choices, testId, children, disabled, title }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setOpen(false);
        root.current?.querySelector<HTMLButtonElement>(".xp-button")?.focus();
      }
    };
    document.addEventListener("pointerdown", onPointer, true);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer, true);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  const run = async (choice: ExportChoice) => {
    setOpen(false);
    setBusy(choice.label);
    setError(null);
    try {
      await choice.run(root.current);
    } catch (err) {
      console.warn("export failed", err);
      setError(`导出失败：${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="xp" ref={root} data-testid={testId}>
      <button
        type="button"
        className="xp-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={disabled || busy !== null}
        title={title}
        onClick={() => setOpen((o) => !o)}
      >
        {busy ? `正在生成…` : label}
      </button>
      {open && (
        <div className="xp-menu" id={menuId} role="menu" aria-label={label}>
          {children}
          {choices.map((c) => (
            <button
              key={c.id}
              type="button"
              role="menuitem"
              className="xp-item"
              data-choice={c.id}
              onClick={() => void run(c)}
            >
              <span>{c.label}</span>
              {c.hint && <span className="xp-hint">{c.hint}</span>}
            </button>
          ))}
        </div>
      )}
      {busy && (
        <span className="visually-hidden" role="status">
          正在生成{busy}
        </span>
      )}
      {error && (
        <span className="xp-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
