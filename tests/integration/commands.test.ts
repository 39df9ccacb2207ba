// Every npm command answers --help with its usage and exit 0 and changes nothing; an unknown option is a clear
// error (exit 2). `npm test` stops at once, with one line per missing prerequisite, before it builds anything.
// `npm run serve` refuses a missing or weak superuser password and says what to set.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/lib/pocketbase-server.mjs";

const scripts: Record<string, string> = JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")).scripts;
const nodeCommands = Object.entries(scripts)
  .filter(([, command]) => /^node \S+$/.test(command))
  .map(([name, command]) => ({ name, file: command.split(" ")[1]! }));

function run(file: string, args: string[], env: Record<string, string | undefined> = {}) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [file, ...args], { cwd: projectRoot, encoding: "utf8", env: { ...process.env, ...env }, timeout: 60_000 });
  return { ...result, seconds: (Date.now() - started) / 1000 };
}

const gitStatus = () => spawnSync("git", ["status", "--porcelain", "--untracked-files=all"], { cwd: projectRoot, encoding: "utf8" }).stdout;

describe("every command's --help", () => {
  it("covers the commands people run", () => {
    expect(nodeCommands.map((command) => command.name)).toEqual(expect.arrayContaining(
      ["setup", "build", "start", "serve", "test", "bench", "typegen", "backup", "restore", "letters", "i18n:hash", "i18n:status"]));
  });

  it.each(nodeCommands)("npm run $name -- --help prints a usage, exits 0 and changes nothing", ({ file }) => {
    const before = gitStatus();
    const result = run(file, ["--help"]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm (run )?\S+/);
    expect(gitStatus()).toBe(before);
  });

  it.each(nodeCommands)("npm run $name -- --no-such-option is a clear error", ({ file }) => {
    const result = run(file, ["--no-such-option"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Unknown option '--no-such-option'");
    expect(result.stderr).toContain("Usage:");
  });
});

describe("npm test prerequisites", () => {
  it("with CHROMIUM_PATH pointing nowhere, fails within seconds with a one-line hint", () => {
    const result = run("scripts/test.mjs", [], { CHROMIUM_PATH: "/nowhere/chromium" });
    expect(result.status).toBe(1);
    expect(result.seconds).toBeLessThan(10);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Chromium not found at \/nowhere\/chromium: run 'apt-get install chromium'.*CHROMIUM_PATH/);
    expect(result.stdout).not.toContain("━━"); // no stage started
  });
});

describe("npm run serve refuses to start without a strong superuser password", () => {
  const good = {
    PB_SUPERUSER_EMAIL: "it@glostrup.example", PB_SUPERUSER_PASSWORD: "Tq7#vLm2-pX9rWz4kS", PB_SUPERUSER_PASSWORD_FILE: undefined,
    VELKOMMEN_ORIGIN: "https://velkommen.glostrup.example", VELKOMMEN_SMTP_HOST: "127.0.0.1", VELKOMMEN_MAIL_FROM: "noreply@glostrup.example",
  };

  it.each([
    ["missing", { PB_SUPERUSER_PASSWORD: undefined }, /Set PB_SUPERUSER_PASSWORD, or PB_SUPERUSER_PASSWORD_FILE/],
    ["short", { PB_SUPERUSER_PASSWORD: "short-pw" }, /weak: set PB_SUPERUSER_PASSWORD/],
    ["a common word", { PB_SUPERUSER_PASSWORD: "velkommen-velkommen-2026" }, /weak: set PB_SUPERUSER_PASSWORD/],
    ["the e-mail name", { PB_SUPERUSER_PASSWORD: "it-it-it-it-it-1234567" }, /weak/],
    ["a missing file", { PB_SUPERUSER_PASSWORD: undefined, PB_SUPERUSER_PASSWORD_FILE: "/nowhere/password" }, /PB_SUPERUSER_PASSWORD_FILE names \/nowhere\/password/],
    ["no origin", { VELKOMMEN_ORIGIN: undefined }, /Set VELKOMMEN_ORIGIN/],
    ["no mail relay", { VELKOMMEN_SMTP_HOST: undefined }, /Set VELKOMMEN_SMTP_HOST and VELKOMMEN_MAIL_FROM/],
  ])("%s", (_case, change, message) => {
    const env = { ...good, ...change };
    const result = spawnSync(process.execPath, ["scripts/serve.mjs", "--check"], { cwd: projectRoot, encoding: "utf8",
      env: Object.fromEntries(Object.entries({ ...process.env, ...env }).filter(([, value]) => value !== undefined)) as Record<string, string> });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(`${result.stdout}${result.stderr}`).not.toContain(good.PB_SUPERUSER_PASSWORD);
  });

  it("accepts complete settings (positive control) and prints no secret", () => {
    const result = spawnSync(process.execPath, ["scripts/serve.mjs", "--check"], { cwd: projectRoot, encoding: "utf8",
      env: Object.fromEntries(Object.entries({ ...process.env, ...good }).filter(([, value]) => value !== undefined)) as Record<string, string> });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain("Settings are complete");
    expect(`${result.stdout}${result.stderr}`).not.toContain(good.PB_SUPERUSER_PASSWORD);
  });
});
