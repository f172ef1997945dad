// Import keys for what the workspace keys itself (a data set's record has no file bytes of its own):
// the same "sha256:<hex>" the readers give a file (src/io/key.ts), over text encoded as UTF-8.
import { importKey } from "../io/key";
import type { ImportKey } from "./types";

export function importKeyOf(bytes: Uint8Array | string): Promise<ImportKey> {
  return importKey(typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes);
}
