// Which columns the user hid, remembered in localStorage: staff who only follow a few indicators
// should not have to hide the rest again on every visit. Only known column ids are read back, so
// a renamed or removed column cannot hide something else.
import { useCallback, useState } from "react";
import { functionalUpdate, type ColumnVisibilityState, type Updater } from "@tanstack/react-table";
import { LEAF_COLUMN_IDS } from "../../table/columns";
import { storedHidden, storeHidden } from "./storedHidden";

function load(): ColumnVisibilityState {
  return Object.fromEntries(
    storedHidden()
      .filter((id): id is string => typeof id === "string" && LEAF_COLUMN_IDS.includes(id))
      .map((id) => [id, false]),
  );
}

function save(v: ColumnVisibilityState): void {
  storeHidden(Object.keys(v).filter((id) => v[id] === false));
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
