// A real PocketBase with staff MFA switched on (VELKOMMEN_STAFF_MFA=1, as npm run serve does) that mails its
// one-time codes to a real local SMTP server (aiosmtpd), where tests read them. Shared by the MFA integration
// test and the staff sign-in e2e test.
import { startTestServer, type TestServer } from "./pocketbase";
import { startMailServer, type MailServer } from "./smtp";

/** `publicDirectory`: a built site (dist/) for PocketBase to serve, as npm run serve does. */
export async function startMfaServers(options: { publicDirectory?: string } = {}): Promise<{ mail: MailServer; server: TestServer }> {
  const mail = await startMailServer();
  const server = await startTestServer({ ...options, env: {
    VELKOMMEN_STAFF_MFA: "1", VELKOMMEN_SMTP_HOST: "127.0.0.1", VELKOMMEN_SMTP_PORT: String(mail.port),
    VELKOMMEN_MAIL_FROM: "noreply@velkommen.test",
  } }).catch(async (error: unknown) => { await mail.stop(); throw error; });
  return { mail, server };
}

/** The 8-digit one-time code in a mail PocketBase sent. */
export const otpIn = (message: string): string | undefined => message.match(/\b(\d{8})\b/)?.[1];
