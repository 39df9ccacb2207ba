// "Live on the site since 14.02" / "Building …" / the build error in words, from GET /api/velkommen/site/status.
// A status message (the one kind of live region), polled while the editor works; nothing on a server without builds.
import { useEffect, useState } from "preact/hooks";
import type { TypedPocketBase } from "../../types/pocketbase-types.ts";
import { useIntl } from "../lib/intl-context.ts";
import { StatusMessage } from "../lib/status.tsx";
import { buildLine, type SiteStatus } from "./lib/build-status.ts";
import { siteStatus } from "./lib/content-api.ts";

const POLL_MS = 5_000;

export function BuildStatus({ client }: { client: TypedPocketBase }) {
  const intl = useIntl();
  const [status, setStatus] = useState<SiteStatus | null>(null);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      let answered: SiteStatus | null = null;
      let again = true;
      try {
        answered = await siteStatus(client);
        again = answered !== null; // a server without the endpoint (null) is not asked again
      } catch { /* offline for a moment: ask again later */ }
      if (stopped) return;
      setStatus(answered);
      if (again) timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => { stopped = true; clearTimeout(timer); };
  }, [client]);

  const line = buildLine(status, intl.locale);
  const text = line.kind === "live" ? (line.date ? intl.text("editor.build.liveOn", { date: line.date, time: line.time }) : intl.text("editor.build.live", { time: line.time }))
    : line.kind === "building" ? intl.text("editor.build.building")
    : line.kind === "queued" ? intl.text("editor.build.queued")
    // The server's words already say that the old site stays and why, in the reader's language: said once.
    : line.kind === "failed" ? intl.text("editor.build.failed", { error: line.error })
    : "";
  return <StatusMessage id="editor-build-status" tone={line.kind === "failed" ? "notice" : "muted"}>{text}</StatusMessage>;
}
