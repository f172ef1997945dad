// The ids of the columns the user hid in the 数据表, as stored in localStorage. Read once and kept:
// a page's first localStorage read waits for the browser to open the storage (20–70 ms measured at
// province scale), so the idle prefetch (views/prefetch.ts) reads it before the first visit rather
// than the visit's render. Free of the table library, so the prefetch can import it.

const STORAGE_KEY = "township-dashboard:table:hidden-columns:v1";

let hidden: readonly unknown[] | null = null;

/** What was stored (unchecked: the table keeps only known column ids); [] when nothing or unreadable. */
export function storedHidden(): readonly unknown[] {
  if (hidden) return hidden;
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    hidden = Array.isArray(parsed) ? parsed : [];
  } catch {
    // Storage may be disabled (private mode, file:// policies); the table then starts with all columns.
    hidden = [];
  }
  return hidden;
}

/** Stores the hidden column ids (and keeps them for the next mount). */
export function storeHidden(ids: readonly string[]): void {
  hidden = ids;
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(ids));
  } catch {
    // Not remembering is acceptable; failing the click is not.
  }
}
