// The stable import key of a file (src/workspace/types.ts ImportKey): "sha256:" + the hex SHA-256
// of its bytes, through WebCrypto (Node 20 and every supported browser). A module of its own so
// the page can compute a key without loading the readers.
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"));

export async function importKey(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
  let hex = "sha256:";
  for (const b of digest) hex += HEX[b] as string;
  return hex;
}
