// Staff and superusers sign in with password plus an e-mailed one-time code (PocketBase's MFA + OTP, switched on
// by VELKOMMEN_STAFF_MFA=1 as npm run serve always does). The code is read from a real local SMTP server (aiosmtpd).
// Refugees keep password sign-in and get no e-mail codes.
import type PocketBase from "pocketbase";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMunicipality, createUser, password } from "../support/fixtures";
import { otpIn, startMfaServers } from "../support/mfa";
import type { TestServer } from "../support/pocketbase";
import type { MailServer } from "../support/smtp";

let mail: MailServer;
let server: TestServer;

async function mfaIdOf(signIn: Promise<unknown>): Promise<string> {
  const error = await signIn.then(() => null, (failure: { status: number; response: { mfaId?: string } }) => failure);
  expect(error?.status).toBe(401);
  expect(error?.response.mfaId).toBeTruthy();
  return error!.response.mfaId!;
}

beforeAll(async () => {
  ({ mail, server } = await startMfaServers());
  const municipality = await createMunicipality(server.admin, "glostrup");
  await createUser(server.admin, { email: "caseworker@mfa.test", role: "caseworker", municipality: municipality.id });
  await createUser(server.admin, { email: "refugee@mfa.test", role: "refugee", municipality: municipality.id, language: "ar" });
}, 60_000);

afterAll(async () => {
  await server?.stop();
  await mail?.stop();
});

describe("MFA with e-mailed one-time codes", () => {
  it("a caseworker needs the password and the code from the e-mail", async () => {
    const client: PocketBase = server.client();
    const mfaId = await mfaIdOf(client.collection("users").authWithPassword("caseworker@mfa.test", password));
    expect(client.authStore.isValid).toBe(false);

    const before = mail.countTo("caseworker@mfa.test");
    const { otpId } = await client.collection("users").requestOTP("caseworker@mfa.test");
    const code = otpIn(await mail.waitForMessageTo("caseworker@mfa.test", before));
    expect(code).toMatch(/^\d{8}$/);

    // A wrong code is refused; the right one completes the sign-in.
    await expect(client.collection("users").authWithOTP(otpId, code === "00000000" ? "11111111" : "00000000", { mfaId })).rejects.toMatchObject({ status: 400 });
    const auth = await client.collection("users").authWithOTP(otpId, code!, { mfaId });
    expect(auth.record.role).toBe("caseworker");
    expect(client.authStore.isValid).toBe(true);
  });

  it("the code alone is not enough for staff", async () => {
    const client = server.client();
    const before = mail.countTo("caseworker@mfa.test");
    const { otpId } = await client.collection("users").requestOTP("caseworker@mfa.test");
    const code = otpIn(await mail.waitForMessageTo("caseworker@mfa.test", before));
    await mfaIdOf(client.collection("users").authWithOTP(otpId, code!));
    expect(client.authStore.isValid).toBe(false);
  });

  it("a refugee signs in with the password alone and is sent no code", async () => {
    const client = server.client();
    const auth = await client.collection("users").authWithPassword("refugee@mfa.test", password);
    expect(auth.record.role).toBe("refugee");

    await client.collection("users").requestOTP("refugee@mfa.test");
    // Mail is delivered in order: once the caseworker's later code is here, a code to the refugee would be too.
    const before = mail.countTo("caseworker@mfa.test");
    await server.client().collection("users").requestOTP("caseworker@mfa.test");
    await mail.waitForMessageTo("caseworker@mfa.test", before);
    expect(mail.messages().some((message) => message.includes("refugee@mfa.test"))).toBe(false);
  });

  it("the superuser needs the e-mailed code too", async () => {
    const client = server.client();
    const mfaId = await mfaIdOf(client.collection("_superusers").authWithPassword("admin@test.local", "test-superuser-password"));
    const { otpId } = await client.collection("_superusers").requestOTP("admin@test.local");
    const code = otpIn(await mail.waitForMessageTo("admin@test.local", 0));
    await client.collection("_superusers").authWithOTP(otpId, code!, { mfaId });
    expect(client.authStore.isSuperuser).toBe(true);
  });
});
