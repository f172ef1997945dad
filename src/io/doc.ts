// Word 97–2003 (.doc) and WPS (.wps) binaries. Not read yet: the message asks for a .docx, which
// Word and WPS both save in two clicks.
import { extensionOf } from "./ext";
import { fail, type ReadResult } from "./result";

export function docToText(_bytes: Uint8Array, fileName: string): ReadResult<{ text: string }> {
  const ext = extensionOf(fileName);
  if (ext === "docx")
    return fail(fileName, "文件已加密，或实为旧版 .doc 格式；请在 Word 中取消密码并另存为 .docx");
  const what = ext === "wps" ? ".wps（WPS 文字）" : ".doc（旧版 Word）";
  return fail(fileName, `${what}格式暂不能读取，请用 WPS 或 Word 打开后另存为 .docx 再导入`);
}
