// Prints letter documents to PDF through one system Chromium (playwright-core, never a downloaded browser).
// All PDFs are written to a temporary folder first and moved to the output folder only when every one
// succeeded, so a failed batch leaves nothing half-written.
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { launchChromium } from "./chromium.mjs";

/**
 * @param {Array<{ fileName: string, html: string }>} letters
 * @param {string} outDirectory
 * @param {(done: number, total: number, fileName: string) => void} [onProgress]
 * @returns {Promise<string[]>} the written PDF paths
 */
export async function printLetters(letters, outDirectory, onProgress = () => {}) {
  const workDirectory = mkdtempSync(join(tmpdir(), "velkommen-letters-"));
  let browser;
  try {
    browser = await launchChromium();
    const page = await browser.newPage();
    // Letters are self-contained: anything that tries to leave the machine is refused.
    await page.route(/^https?:/, (route) => route.abort());
    const printed = [];
    for (const [index, letter] of letters.entries()) {
      const htmlFile = join(workDirectory, `letter-${index}.html`);
      writeFileSync(htmlFile, letter.html);
      await page.goto(pathToFileURL(htmlFile).href, { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready.then(() => true));
      const pdfFile = join(workDirectory, letter.fileName);
      await page.pdf({ path: pdfFile, format: "A4", printBackground: true, preferCSSPageSize: true });
      printed.push(letter.fileName);
      onProgress(index + 1, letters.length, letter.fileName);
    }
    mkdirSync(outDirectory, { recursive: true });
    return printed.map((fileName) => {
      const target = join(outDirectory, fileName);
      try {
        renameSync(join(workDirectory, fileName), target);
      } catch {
        copyFileSync(join(workDirectory, fileName), target); // another file system
      }
      return target;
    });
  } finally {
    await browser?.close();
    rmSync(workDirectory, { recursive: true, force: true });
  }
}
