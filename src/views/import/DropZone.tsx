// The drop zone and the two pickers (files — many at once, .zip included — and a whole folder).
// The file input carries data-testid="import-files" (other engineers' tests rely on it).
import { useEffect, useRef, useState, type DragEvent } from "react";
import { filesFromDrop } from "./drop";
import { t } from "./text";

export const ACCEPT = ".txt,.text,.html,.htm,.docx,.doc,.wps,.pdf,.ofd,.zip,.json";

export function DropZone({ onFiles, large = false }: { onFiles: (files: File[]) => void; large?: boolean }) {
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  useEffect(() => {
    if (folder.current) folder.current.webkitdirectory = true;
  }, []);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void filesFromDrop(e.dataTransfer).then(onFiles);
  };
  const picked = (input: HTMLInputElement | null) => {
    const list = input?.files ? [...input.files] : [];
    if (input) input.value = "";
    if (list.length) onFiles(list);
  };
  return (
    <div
      className={`drop-zone${over ? " over" : ""}${large ? " large" : ""}`}
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p className="drop-hint">{t.dropHint}</p>
      <div className="drop-buttons">
        <button type="button" className="primary" onClick={() => files.current?.click()}>
          {t.pickFiles}
        </button>
        <button type="button" onClick={() => folder.current?.click()}>
          {t.pickFolder}
        </button>
      </div>
      <p className="drop-accepted">{t.accepted}</p>
      <input
        ref={files}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        data-testid="import-files"
        onChange={(e) => picked(e.currentTarget)}
      />
      <input
        ref={folder}
        type="file"
        multiple
        hidden
        data-testid="import-folder"
        onChange={(e) => picked(e.currentTarget)}
      />
    </div>
  );
}
