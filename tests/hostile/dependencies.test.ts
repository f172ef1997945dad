// docs/SECURITY.md lists every runtime package with its version and licence, and says what was
// checked for each direct dependency. npm audit cannot run here, so that page is the record; this
// test keeps it from falling behind an upgrade or a new dependency.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const doc = readFileSync("docs/SECURITY.md", "utf8");
const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as {
  packages: Record<string, { version?: string; dev?: boolean }>;
};
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { dependencies: Record<string, string> };

const runtime = [
  ...new Set(
    Object.entries(lock.packages)
      .filter(([path, p]) => path !== "" && !p.dev)
      .map(([path, p]) => `${path.replace(/^.*node_modules\//, "")}@${p.version}`),
  ),
];

describe("docs/SECURITY.md", () => {
  it("lists runtime packages at all (the lock file was read)", () =>
    expect(runtime.length).toBeGreaterThan(50));

  it.each(runtime)("lists %s", (nameAtVersion) => expect(doc).toContain(`\`${nameAtVersion}\``));

  it.each(Object.entries(pkg.dependencies))("records what was checked for %s %s", (name, version) => {
    const row = doc.split("\n").find((l) => l.startsWith("|") && l.includes(`\`${name}\``));
    expect(row, name).toBeDefined();
    expect(row).toContain(version);
  });

  it("notes buffers@0.1.1, which declares no licence", () => {
    expect(doc).toMatch(/buffers@0\.1\.1`?,? \*\*which declares no licence/);
  });
});
