// Import keys: "sha256:" + the hex SHA-256 of a file's bytes (WebCrypto, in the page and in Node).
import type { ImportKey } from "./types";

export async function importKeyOf(bytes: Uint8Array | string): Promise<ImportKey> {
  const data = typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes;
  const digest = await crypto.subtle.digest("SHA-256", data as Uint8Array<ArrayBuffer>);
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `sha256:${hex}`;
}
