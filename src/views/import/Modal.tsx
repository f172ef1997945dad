// A modal dialog: labelled, focus moved in on open and back on close, Escape closes when allowed.
import { useEffect, useRef, type ReactNode } from "react";
import { t } from "./text";

export function Modal(props: {
  title: string;
  testId: string;
  onClose: (() => void) | null;
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const { onClose } = props;
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    box.current?.focus();
    return () => before?.focus?.();
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && onClose) onClose();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onClose]);
  return (
    <div className="modal-backdrop">
      <div
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-label={props.title}
        data-testid={props.testId}
        tabIndex={-1}
        ref={box}
      >
        <div className="modal-head">
          <h2>{props.title}</h2>
          {onClose && (
            <button type="button" className="modal-close" aria-label={t.close} onClick={onClose}>
              ×
            </button>
          )}
        </div>
        <div className="modal-body">{props.children}</div>
      </div>
    </div>
  );
}
