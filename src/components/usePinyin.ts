// pinyin-pro, loaded the first time someone uses a search box that understands pinyin (the township
// picker, the table's search), not with the page: it is a third of a megabyte of dictionary and
// most visits never search. Until it arrives, and if it cannot load, searches match characters.
import { useEffect, useState } from "react";

export type PinyinPro = typeof import("pinyin-pro");

let loaded: PinyinPro | null = null;
let pending: Promise<PinyinPro> | null = null;

export function loadPinyin(): Promise<PinyinPro> {
  pending ??= import("pinyin-pro").then(
    (m) => (loaded = m),
    (err: unknown) => {
      pending = null; // a later search box may try again
      throw err;
    },
  );
  return pending;
}

/** The library once `wanted` has been true (a search box was focused or typed Latin letters). */
export function usePinyin(wanted: boolean): PinyinPro | null {
  const [lib, setLib] = useState<PinyinPro | null>(loaded);
  useEffect(() => {
    if (!wanted || lib) return;
    loadPinyin().then(setLib, () => undefined);
  }, [wanted, lib]);
  return lib;
}
