// What a report's file name suggests for the township, county and year its text left unsaid
// ("白鹭镇2023年法治政府建设情况报告.docx"), read by the engine's own title rules with the national
// division list. Only ever offered to the person (a button that fills the field); the record stays
// literal to its text (CONTRACT §1). The engine and the list load on demand, once, and only for a
// report that lacks one of the three.
import { useEffect, useState } from "react";
import type { FileNameHints } from "../../extract";

type Reader = (file: string) => FileNameHints;
let reader: Promise<Reader> | null = null;

function loadReader(): Promise<Reader> {
  reader ??= Promise.all([import("../../extract"), import("../../geo")]).then(
    async ([{ hintsFromFileName }, { loadDivisions }]) => {
      const divisions = await loadDivisions().catch(() => undefined);
      return (file: string) => hintsFromFileName(file, divisions);
    },
  );
  return reader;
}

/** The file name's hints, or null while they load, when `wanted` is false, or if they cannot load. */
export function useFileHints(file: string, wanted: boolean): FileNameHints | null {
  const [hints, setHints] = useState<{ file: string; hints: FileNameHints } | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    loadReader().then(
      (read) => live && setHints({ file, hints: read(file) }),
      () => undefined, // no hint is a fine answer: the person types the field
    );
    return () => {
      live = false;
    };
  }, [file, wanted]);
  return wanted && hints?.file === file ? hints.hints : null;
}
