// The stable import key of a file (src/workspace/types.ts ImportKey): "sha256:" + the hex SHA-256
// of its bytes, through WebCrypto (Node 20 and every supported browser). A module of its own so
// the page can compute a key without loading the readers.
export async function importKey(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
  let hex = "";
  for (const b of digest) hex += b.toString(16).padStart(2, "0");
  return `sha256:${hex}`;
}
