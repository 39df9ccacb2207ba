// Runs a build command under GNU time: wall seconds, peak memory (max RSS of the largest process), page count.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";

export function countPages(directory) {
  let count = 0;
  for (const name of readdirSync(directory)) {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) count += countPages(path);
    else if (name.endsWith(".html")) count += 1;
  }
  return count;
}

/** @returns {{ seconds: number, peakMemoryMiB: number, pages: number, pagesPerSecond: number }} */
export function timedBuild({ cwd, command, args, distDirectory }) {
  const timeFile = join(tmpdir(), `velkommen-time-${process.pid}-${Date.now()}.txt`);
  const started = process.hrtime.bigint();
  const result = spawnSync("/usr/bin/time", ["-v", "-o", timeFile, command, ...args], { cwd, encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${result.stderr.slice(-3000)}`);
  const timeReport = readFileSync(timeFile, "utf8");
  rmSync(timeFile, { force: true });
  const peakKiB = Number(timeReport.match(/Maximum resident set size \(kbytes\): (\d+)/)?.[1] ?? 0);
  const pages = countPages(distDirectory);
  return { seconds: round(seconds), peakMemoryMiB: round(peakKiB / 1024), pages, pagesPerSecond: round(pages / seconds), secondsPer100Pages: round((seconds / pages) * 100) };
}

export function round(value, digits = 2) {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}
