// Staff sign-in with PocketBase's MFA (npm run serve, VELKOMMEN_STAFF_MFA=1): the password alone answers 401
// with an `mfaId`; the second factor is a one-time code e-mailed by PocketBase (requestOTP → authWithOTP).
// Without MFA (npm start, most tests) the password alone signs in. The one place that knows this protocol.
import type { RecordAuthResponse } from "pocketbase";
import type { TypedPocketBase, UsersResponse } from "../../types/pocketbase-types.ts";
import { errorStatus } from "../lib/api-errors.ts";

/** Where a sign-in attempt stands: signed in, or waiting for the code mailed to `email`. */
export type SignInStep =
  | { name: "signed-in"; auth: RecordAuthResponse<UsersResponse> }
  | { name: "code"; email: string; mfaId: string; otpId: string };

/** Why the code was refused: a wrong or expired code (ask again), or an expired MFA session (start again). */
export type CodeRefusal = "wrong-code" | "start-again";

function mfaIdOf(error: unknown): string | undefined {
  return errorStatus(error) === 401 ? (error as { response?: { mfaId?: string } }).response?.mfaId : undefined;
}

/** Mails a fresh code; an earlier one stops mattering (PocketBase checks the code against this otpId). */
export async function requestCode(client: TypedPocketBase, email: string): Promise<string> {
  const { otpId } = await client.collection("users").requestOTP(email);
  return otpId;
}

/** The first step. Throws what PocketBase answered for a wrong password (400), like authWithPassword. */
export async function signInWithPassword(client: TypedPocketBase, email: string, password: string): Promise<SignInStep> {
  try {
    return { name: "signed-in", auth: await client.collection("users").authWithPassword<UsersResponse>(email, password) };
  } catch (error) {
    const mfaId = mfaIdOf(error);
    if (!mfaId) throw error;
    return { name: "code", email, mfaId, otpId: await requestCode(client, email) };
  }
}

/** The second step: the code from the e-mail, within the MFA session the password opened. */
export async function signInWithCode(client: TypedPocketBase, step: Extract<SignInStep, { name: "code" }>, code: string):
  Promise<{ auth: RecordAuthResponse<UsersResponse> } | { refused: CodeRefusal }> {
  try {
    return { auth: await client.collection("users").authWithOTP<UsersResponse>(step.otpId, code.replace(/\s+/g, ""), { mfaId: step.mfaId }) };
  } catch (error) {
    if (errorStatus(error) !== 400) throw error;
    // PocketBase gives both refusals as 400 without a code; only its message tells an ended MFA session
    // ("Invalid or expired MFA session.", 10 minutes) from a wrong or expired code ("Invalid or expired OTP").
    const message = (error as { response?: { message?: string } }).response?.message ?? "";
    return { refused: /\bmfa\b/i.test(message) ? "start-again" : "wrong-code" };
  }
}
