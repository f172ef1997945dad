// Files from a drop: plain files, and every file inside dropped folders (read through the
// File System entries API, which Chromium, Firefox and Safari all offer on drops).

interface Entry {
  isFile: boolean;
  isDirectory: boolean;
  fullPath: string;
}
interface FileEntry extends Entry {
  file(ok: (f: File) => void, err: (e: unknown) => void): void;
}
interface DirEntry extends Entry {
  createReader(): { readEntries(ok: (es: Entry[]) => void, err: (e: unknown) => void): void };
}

async function walk(entry: Entry, out: File[]): Promise<void> {
  if (entry.isFile) {
    const f = await new Promise<File>((ok, err) => (entry as FileEntry).file(ok, err));
    // Keep the path inside the dropped folder in the name, as a folder pick does.
    const path = entry.fullPath.replace(/^\//, "");
    out.push(path && path !== f.name ? new File([f], path, { type: f.type }) : f);
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as DirEntry).createReader();
  // readEntries answers in pages: read until it returns none.
  for (;;) {
    const page = await new Promise<Entry[]>((ok, err) => reader.readEntries(ok, err));
    if (page.length === 0) break;
    for (const e of page) await walk(e, out);
  }
}

export async function filesFromDrop(dt: DataTransfer): Promise<File[]> {
  const entries = [...dt.items]
    .map((i) => (i.kind === "file" ? (i.webkitGetAsEntry() as Entry | null) : null))
    .filter((e): e is Entry => e !== null);
  if (entries.length === 0) return [...dt.files];
  const out: File[] = [];
  for (const e of entries) await walk(e, out);
  return out;
}
