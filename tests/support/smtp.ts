// A real local SMTP server: aiosmtpd (pinned, installed into .cache by npm run setup) on 127.0.0.1 and a random
// port, writing every message it receives into a Maildir in a temp dir, where tests read them.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, stopProcess } from "../../scripts/lib/pocketbase-server.mjs";
import { ensureSmtpServer } from "../../scripts/lib/tools.mjs";

export interface MailServer {
  port: number;
  /** Every message so far, decoded to text (quoted-printable soft breaks removed, base64 parts decoded). */
  messages: () => string[];
  /** How many messages to the address arrived so far. */
  countTo: (address: string) => number;
  /** Waits until more than `after` messages to the address arrived, and returns the newest. */
  waitForMessageTo: (address: string, after?: number, timeoutMs?: number) => Promise<string>;
  stop: () => Promise<void>;
}

function decoded(raw: string): string {
  const base64Parts = [...raw.matchAll(/Content-Transfer-Encoding: base64\r?\n(?:[^\r\n]+\r?\n)*\r?\n([A-Za-z0-9+/=\r\n]+)/gi)]
    .map((match) => Buffer.from(match[1]!.replace(/\s+/g, ""), "base64").toString("utf8"));
  const quotedPrintable = raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return [quotedPrintable, ...base64Parts].join("\n");
}

export async function startMailServer(): Promise<MailServer> {
  const python = ensureSmtpServer();
  const directory = mkdtempSync(join(tmpdir(), "velkommen-mail-"));
  const maildir = join(directory, "maildir"); // Python's Maildir makes cur/new/tmp only when the folder is new
  const port = await freePort();
  const child = spawn(python, ["-m", "aiosmtpd", "-n", "-l", `127.0.0.1:${port}`, "-c", "aiosmtpd.handlers.Mailbox", maildir], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stderr?.on("data", (chunk) => { output += chunk; });
  const deadline = Date.now() + 15_000;
  for (;;) {
    const open = await new Promise<boolean>((resolveOpen) => {
      const socket = connect(port, "127.0.0.1", () => { socket.end(); resolveOpen(true); });
      socket.on("error", () => resolveOpen(false));
    });
    if (open) break;
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`aiosmtpd did not listen on ${port}:\n${output}`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
  const messages = () => {
    const newDirectory = join(maildir, "new");
    let files: string[] = [];
    try {
      // Maildir names are "<seconds>.M<microseconds>P<pid>Q<counter>.<host>". The microseconds are not zero-padded,
      // so a plain string sort can put a newer mail first within one second: order by the numbers instead.
      const order = (file: string) => (file.match(/^(\d+)\.M(\d+)P\d+Q(\d+)/) ?? []).slice(1).map(Number);
      files = readdirSync(newDirectory).sort((first, second) => {
        const [a, b] = [order(first), order(second)];
        for (let index = 0; index < 3; index++) if ((a[index] ?? 0) !== (b[index] ?? 0)) return (a[index] ?? 0) - (b[index] ?? 0);
        return first.localeCompare(second);
      });
    } catch {
      return [];
    }
    return files.map((file) => decoded(readFileSync(join(newDirectory, file), "latin1")));
  };
  const to = (address: string) => messages().filter((message) => new RegExp(`^(To|X-RcptTo):.*${address.replace(/[.+]/g, "\\$&")}`, "mi").test(message));
  return {
    port,
    messages,
    countTo: (address) => to(address).length,
    waitForMessageTo: async (address, after = 0, timeoutMs = 15_000) => {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = to(address);
        if (found.length > after) return found.at(-1)!;
        if (Date.now() > until) throw new Error(`No mail to ${address} within ${timeoutMs} ms (got ${messages().length}).`);
        await new Promise((resolveWait) => setTimeout(resolveWait, 100));
      }
    },
    stop: async () => {
      await stopProcess(child);
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
