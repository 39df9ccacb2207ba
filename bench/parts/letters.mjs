// letters: seconds for 100 bilingual welcome-letter PDFs through one system Chromium (budget ≤ 60 s).
// Rotates through the letter languages so Arabic (RTL shaping) and Tigrinya (Ethiopic font) are in the mix.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { letterDocument } from "../../scripts/lib/letter-document.mjs";
import { printLetters } from "../../scripts/lib/letter-pdf.mjs";
import { progress } from "../lib/context.mjs";

const LETTERS = 100;
const BUDGET_SECONDS = 60;
const languages = ["ar", "ti", "uk", "fa", "so", "prs"];
const names = { ar: "أمل حسن", ti: "ሰላም ተስፋይ", uk: "Олена Коваль", fa: "مریم احمدی", so: "Faadumo Cali", prs: "احمد رحیمی" };

export async function run() {
  const outDirectory = mkdtempSync(join(tmpdir(), "velkommen-bench-letters-"));
  try {
    const letters = [];
    const htmlStarted = Date.now();
    for (let index = 0; index < LETTERS; index++) {
      const language = languages[index % languages.length];
      const html = await letterDocument({
        refugeeName: names[language], language, municipality: "glostrup",
        facts: { arrivalDate: "2026-11-02", responsibilityDate: "2026-11-09", household: { adults: 2, children: 2, unaccompanied_minor: false } },
        appointments: [{ title: "Helbredsvurdering", starts: "2026-12-01 08:30:00.000Z", place: "Lægehuset, Eksempelvej 1", interpreter: true }],
        caseworker: { name: "Mette Hansen", phone: "+45 12 34 56 78", email: "mette@example.dk" },
        activation: { code: "ABCDE-23456", url: `https://velkommen.example.dk/${language}/me/#code=ABCDE-23456`, expires: "2027-01-24" },
      }, "2026-11-25");
      letters.push({ fileName: `letter-${index}-${language}.pdf`, html });
    }
    const htmlSeconds = (Date.now() - htmlStarted) / 1000;
    const started = Date.now();
    const written = await printLetters(letters, outDirectory, (done, total) => {
      if (done % 20 === 0) progress(`${done}/${total} PDFs`);
    });
    const seconds = (Date.now() - started) / 1000 + htmlSeconds;
    const averageKiB = written.reduce((total, file) => total + statSync(file).size, 0) / written.length / 1024;
    return {
      letters: written.length,
      seconds: Math.round(seconds * 10) / 10,
      htmlSeconds: Math.round(htmlSeconds * 10) / 10,
      averageKiB: Math.round(averageKiB),
      budgets: [{ name: `${LETTERS} bilingual PDFs`, measured: Math.round(seconds * 10) / 10, budget: BUDGET_SECONDS, unit: "s", pass: seconds <= BUDGET_SECONDS }],
    };
  } finally {
    rmSync(outDirectory, { recursive: true, force: true });
  }
}

export function table(result) {
  return `| letters | total seconds | of which HTML + QR | average PDF size |\n|--:|--:|--:|--:|\n` +
    `| ${result.letters} | ${result.seconds} s | ${result.htmlSeconds} s | ${result.averageKiB} KiB |`;
}
