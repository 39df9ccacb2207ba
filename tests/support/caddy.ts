// The real Caddy (/usr/bin/caddy or CADDY_BIN) with the repository's deploy/Caddyfile, on 127.0.0.1 with random
// ports and Caddy's internal CA (`tls internal`), its state in a temp dir. Requests go through node:https with
// that CA, optionally from another loopback address (127.0.0.2) to act as a second client.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, projectRoot, stopProcess } from "../../scripts/lib/pocketbase-server.mjs";
import { caddyPath } from "../../scripts/lib/tools.mjs";

export interface ProxyResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface Proxy {
  origin: string;
  fetch: (path: string, options?: { method?: string; body?: unknown; from?: string; headers?: Record<string, string> }) => Promise<ProxyResponse>;
  stop: () => Promise<void>;
}

export async function startCaddy(upstream: string): Promise<Proxy> {
  const directory = mkdtempSync(join(tmpdir(), "velkommen-caddy-"));
  const httpsPort = await freePort();
  const httpPort = await freePort();
  const caddyfile = join(directory, "Caddyfile");
  writeFileSync(caddyfile, `{
	admin off
	local_certs
	skip_install_trust
	storage file_system ${join(directory, "storage")}
	http_port ${httpPort}
	https_port ${httpsPort}
	default_sni 127.0.0.1
}
import ${join(projectRoot, "deploy", "Caddyfile")}
`);
  const origin = `https://127.0.0.1:${httpsPort}`;
  const child = spawn(caddyPath(), ["run", "--config", caddyfile, "--adapter", "caddyfile"], {
    env: { ...process.env, HOME: directory, XDG_DATA_HOME: directory, XDG_CONFIG_HOME: directory,
      VELKOMMEN_SITE_ADDRESS: origin, VELKOMMEN_TLS: "internal", VELKOMMEN_UPSTREAM: upstream },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => { output += chunk; });
  child.stderr?.on("data", (chunk) => { output += chunk; });
  const rootCertificate = join(directory, "storage", "pki", "authorities", "local", "root.crt");

  const fetchThrough = (path: string, options: { method?: string; body?: unknown; from?: string; headers?: Record<string, string> } = {}) =>
    new Promise<ProxyResponse>((resolveResponse, reject) => {
      const body = options.body === undefined ? undefined : JSON.stringify(options.body);
      const outgoing = request(`${origin}${path}`, {
        method: options.method ?? "GET", ca: readFileSync(rootCertificate), localAddress: options.from ?? "127.0.0.1",
        headers: { "accept-encoding": "gzip", ...(body ? { "content-type": "application/json" } : {}), ...options.headers },
      }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolveResponse({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("latin1") }));
      });
      outgoing.on("error", reject);
      outgoing.end(body);
    });

  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Caddy exited with ${child.exitCode}:\n${output}`);
    if (existsSync(rootCertificate)) {
      const ready = await fetchThrough("/api/health").then((response) => response.status === 200, () => false);
      if (ready) break;
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`Caddy did not serve ${origin} within 20 s:\n${output}`);
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 200));
  }
  return {
    origin,
    fetch: fetchThrough,
    stop: async () => {
      await stopProcess(child);
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
