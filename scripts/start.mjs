// `npm start`: make sure the bundled data sets exist (extracting them from data/reports/ and
// generating the fictional demo county if needed), then serve the dashboard locally.
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";

const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit" });

if (!existsSync("data/extracted/reports.json")) {
  console.log("正在从 data/reports/ 提取样本报告…");
  run("npm", ["run", "--silent", "extract"]);
}
if (!existsSync("data/demo/extracted/reports.json")) {
  console.log("正在生成示例县（虚构示例数据）…");
  run("npm", ["run", "--silent", "demo"]);
}

// PORT chooses the port (documented in the README): PORT=8080 npm start.
const port = process.env.PORT ?? "5173";
console.log(`\n法治政府建设年报看板：在浏览器中打开 http://127.0.0.1:${port}/ （按 Ctrl+C 停止）\n`);
// --logLevel warn: a newcomer sees the address, not the dev server's dependency preparation.
const server = spawn(
  "npx",
  ["vite", "--host", "127.0.0.1", "--port", port, "--strictPort", "--logLevel", "warn"],
  {
    stdio: "inherit",
  },
);
server.on("exit", (code) => process.exit(code ?? 0));
