// A small dialog anchored under a button: the column filter and the 列 menu. Rendered into
// document.body so the table's scroll container cannot clip it. Closes on Escape (focus goes back
// to the button) or on a press outside; follows the button when the page scrolls or resizes.
import "./Popover.css";
import { useEffect, useLayoutEffect, useRef, type ReactNode } from "react";
import { createPortal } from "react-dom";

interface PopoverProps {
  anchor: HTMLElement | null;
  label: string;
  width: number;
  onClose(): void;
  children: ReactNode;
  className?: string;
}

const GAP = 4;
const MARGIN = 8;

/** Under the anchor, kept inside the window; above it if there is no room below. */
function place(anchor: HTMLElement, el: HTMLElement, width: number): void {
  const r = anchor.getBoundingClientRect();
  const left = Math.max(MARGIN, Math.min(r.left, window.innerWidth - width - MARGIN));
  const h = el.offsetHeight;
  const below = r.bottom + GAP;
  const top = below + h > window.innerHeight - MARGIN && r.top - GAP - h > MARGIN ? r.top - GAP - h : below;
  el.style.left = `${left}px`;
  el.style.top = `${top}px`;
}

export function Popover({ anchor, label, width, onClose, children, className }: PopoverProps) {
  const ref = useRef<HTMLDivElement>(null);
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  });

  // Re-place after every render: applying a filter can add the chip row above the table and move
  // the anchor button down. Written straight to the style, so placing never causes a render.
  useLayoutEffect(() => {
    if (ref.current && anchor) place(anchor, ref.current, width);
  });

  // Move focus into the dialog once, so keyboard users land on its first control.
  useLayoutEffect(() => {
    ref.current?.querySelector<HTMLElement>("input, button, select")?.focus();
  }, []);

  useEffect(() => {
    const close = (returnFocus: boolean) => {
      closeRef.current();
      if (returnFocus) anchor?.focus();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        e.stopPropagation();
        close(true);
      }
    };
    const onPointer = (e: PointerEvent) => {
      const t = e.target as Node;
      if (ref.current?.contains(t) || anchor?.contains(t)) return;
      close(false);
    };
    // Follow the button when the page or the table scrolls (filtering can clamp the table's scroll
    // position while the user types), rather than closing under the user's hands.
    const follow = () => {
      if (ref.current && anchor) place(anchor, ref.current, width);
    };
    document.addEventListener("keydown", onKey, true);
    document.addEventListener("pointerdown", onPointer, true);
    window.addEventListener("scroll", follow, true);
    window.addEventListener("resize", follow);
    return () => {
      document.removeEventListener("keydown", onKey, true);
      document.removeEventListener("pointerdown", onPointer, true);
      window.removeEventListener("scroll", follow, true);
      window.removeEventListener("resize", follow);
    };
  }, [anchor, width]);

  return createPortal(
    <div
      ref={ref}
      role="dialog"
      aria-label={label}
      className={`dt-popover ${className ?? ""}`}
      style={{ width }}
    >
      {children}
    </div>,
    document.body,
  );
}
