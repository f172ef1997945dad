// Helpers the 校对 browser tests share: a text file to upload, a figure row, and selecting a phrase
// of the report text the way a mouse would (a DOM range, then mouseup).
import type { Page } from "@playwright/test";

export const upload = (name: string, text: string) => ({
  name,
  mimeType: "text/plain",
  buffer: Buffer.from(text, "utf8"),
});

export const figure = (page: Page, id: string) =>
  page.locator(`[data-testid=review-figure][data-indicator=${id}]`);

export async function selectInReport(page: Page, phrase: string) {
  await page.getByTestId("review-text").evaluate((box, p) => {
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n.textContent ?? "").indexOf(p);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + p.length);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      box.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
      return;
    }
    throw new Error(`${p} not in one text node`);
  }, phrase);
}

/** Imports text files through the import UI, opens 校对 and gives the reviewer's name. */
export async function importAndReview(page: Page, files: ReturnType<typeof upload>[], reviewer = "张三") {
  await page.goto("./");
  await page.getByTestId("import-files").setInputFiles(files);
  await page.getByTestId("import-summary").waitFor({ timeout: 60_000 });
  await page.getByTestId("import-show").click();
  await page.getByTestId("tab-review").click();
  await page.getByTestId("review-reviewer").fill(reviewer);
  await page.getByTestId("review-reviewer-save").click();
  await page.getByTestId("review-keys").waitFor();
}
