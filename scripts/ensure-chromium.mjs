// Makes sure Debian's Chromium (and CJK fonts for legible screenshots and PNG exports) is present
// before the browser tests. Installs it when running as root on Debian; otherwise fails and names
// the command to run. Never skips the browser tests silently, never downloads a browser build.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromiumPath } from "./chromium.mjs";

const FONT_DIR = "/usr/share/fonts/opentype/noto";
const INSTALL = "apt-get update && apt-get install -y chromium fonts-noto-cjk";

const haveChromium = () => existsSync(chromiumPath());
const haveFonts = () => existsSync(FONT_DIR);

if (haveChromium() && haveFonts()) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasApt = existsSync("/usr/bin/apt-get");
if (!isRoot || !hasApt) {
  const what = [!haveChromium() && "Chromium", !haveFonts() && "中文字体 fonts-noto-cjk"].filter(Boolean);
  console.error(`浏览器测试需要 ${what.join("、")}，但本机没有安装。请运行：\n  sudo sh -c '${INSTALL}'`);
  process.exit(1);
}

console.log(`Installing Debian packages for the browser tests: ${INSTALL}`);
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
execFileSync("sh", ["-c", `apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk`], {
  stdio: "inherit",
  env,
});
if (!haveChromium()) {
  console.error(`Chromium is still missing at ${chromiumPath()} after the install.`);
  process.exit(1);
}
