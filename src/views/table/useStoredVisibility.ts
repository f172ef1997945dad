// Which columns the user hid, remembered in localStorage: staff who only follow a few indicators
// should not have to hide the rest again on every visit. Only known column ids are read back, so
// a renamed or removed column cannot hide something else.
import { useCallback, useState } from "react";
import { functionalUpdate, type ColumnVisibilityState, type Updater } from "@tanstack/react-table";
import { LEAF_COLUMN_IDS } from "../../table/columns";

const STORAGE_KEY = "township-dashboard:table:hidden-columns:v1";

function load(): ColumnVisibilityState {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    const hidden: unknown = raw ? JSON.parse(raw) : [];
    if (!Array.isArray(hidden)) return {};
    return Object.fromEntries(
      hidden
        .filter((id): id is string => typeof id === "string" && LEAF_COLUMN_IDS.includes(id))
        .map((id) => [id, false]),
    );
  } catch {
    // Storage may be disabled (private mode, file:// policies); the table then starts with all columns.
    return {};
  }
}

function save(v: ColumnVisibilityState): void {
  try {
    const hidden = Object.keys(v).filter((id) => v[id] === false);
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(hidden));
  } catch {
    // Not remembering is acceptable; failing the click is not.
  }
}

export function useStoredVisibility(): [ColumnVisibilityState, (u: Updater<ColumnVisibilityState>) => void] {
  const [visibility, setVisibility] = useState<ColumnVisibilityState>(load);
  const update = useCallback((u: Updater<ColumnVisibilityState>) => {
    setVisibility((prev) => {
      const next = functionalUpdate(u, prev);
      save(next);
      return next;
    });
  }, []);
  return [visibility, update];
}
