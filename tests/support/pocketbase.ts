// A real PocketBase for one test file: temp data dir, random port, a superuser, stopped afterwards.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PocketBase from "pocketbase";
import { localOtp } from "../../scripts/lib/admin-client.mjs";
import { startPocketBase, upsertSuperuser } from "../../scripts/lib/pocketbase-server.mjs";

export interface TestServer {
  url: string;
  /** What PocketBase printed (for diagnostics). */
  output: () => string;
  dataDirectory: string;
  /** A client signed in as superuser: for arranging data and checking what is really stored. */
  admin: PocketBase;
  /** A fresh anonymous client. */
  client: () => PocketBase;
  /** Signs in as a user and returns the client. */
  signIn: (email: string, password: string) => Promise<PocketBase>;
  stop: () => Promise<void>;
}

const superuser = { email: "admin@test.local", password: "test-superuser-password" };

/**
 * The built-in rate limiter is switched off unless `rateLimits: true`, because one test file signs in many
 * people from 127.0.0.1 within a second; the rate-limit test switches it on.
 */
export async function startTestServer(options: { publicDirectory?: string; rateLimits?: boolean; env?: Record<string, string> } = {}): Promise<TestServer> {
  const dataDirectory = mkdtempSync(join(tmpdir(), "velkommen-pb-"));
  await upsertSuperuser(dataDirectory, superuser.email, superuser.password);
  const server = await startPocketBase({ dataDirectory, publicDirectory: options.publicDirectory, env: options.env });
  const client = () => {
    const instance = new PocketBase(server.url);
    instance.autoCancellation(false);
    return instance;
  };
  const admin = client();
  try {
    await admin.collection("_superusers").authWithPassword(superuser.email, superuser.password);
  } catch (error) {
    // With MFA on (VELKOMMEN_STAFF_MFA), the second factor comes from the data dir, as for the maintenance commands.
    const mfaId = (error as { response?: { mfaId?: string } }).response?.mfaId;
    if (!mfaId) throw error;
    const otp = await localOtp(superuser.email, dataDirectory);
    await admin.collection("_superusers").authWithOTP(otp.id, otp.pass, { mfaId });
  }
  if (!options.rateLimits) await admin.settings.update({ rateLimits: { enabled: false } });
  return {
    url: server.url,
    output: server.output,
    dataDirectory,
    admin,
    client,
    signIn: async (email, password) => {
      const signedIn = client();
      await signedIn.collection("users").authWithPassword(email, password);
      return signedIn;
    },
    stop: async () => {
      await server.stop();
      rmSync(dataDirectory, { recursive: true, force: true });
    },
  };
}
