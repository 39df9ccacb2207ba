// The system Chromium, the one way this project starts it (tests, letters, bench): playwright-core with
// /usr/bin/chromium or CHROMIUM_PATH, never a downloaded browser. launch() gives each run a fresh profile.
import { chromium } from "playwright-core";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const chromiumFlags = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync",
];

export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumFlags });
}
