// Runs scripts/site-builder.mjs beside PocketBase for `npm start` and `npm run serve`: same terminal, its lines
// prefixed, stopped with the server. It signs in like every maintenance command (lib/admin-client.mjs): the
// PB_SUPERUSER_* variables, or the demo superuser kept for the data dir.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { projectRoot, stopProcess } from "./pocketbase-server.mjs";

/** @param {{ url: string, dataDirectory: string, args?: string[], onUnexpectedExit?: (code: number | null) => void }} options */
export function startSiteBuilder({ url, dataDirectory, args = [], onUnexpectedExit = () => {} }) {
  const child = spawn(process.execPath, [join(projectRoot, "scripts", "site-builder.mjs"), ...args], {
    cwd: projectRoot, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, PB_URL: url, PB_DATA: dataDirectory },
  });
  const prefix = (stream, target) => {
    let pending = "";
    stream.on("data", (chunk) => {
      const lines = (pending + chunk).split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) target.write(`  site builder │ ${line}\n`);
    });
  };
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  let stopping = false;
  child.on("exit", (code) => {
    if (!stopping) onUnexpectedExit(code);
  });
  return {
    process: child,
    stop: () => {
      stopping = true;
      return stopProcess(child);
    },
  };
}
