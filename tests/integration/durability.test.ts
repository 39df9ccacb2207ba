// Acknowledged writes survive a crash (SIGKILL mid-write), and a backup restores every record.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import PocketBase from "pocketbase";
import { startPocketBase, upsertSuperuser } from "../../scripts/lib/pocketbase-server.mjs";
import { backup } from "../../scripts/backup.mjs";
import { restore } from "../../scripts/restore.mjs";
import { buildWorld } from "../support/world";

const superuser = { email: "admin@test.local", password: "test-superuser-password" };

async function signedIn(url: string) {
  const client = new PocketBase(url);
  client.autoCancellation(false);
  await client.collection("_superusers").authWithPassword(superuser.email, superuser.password);
  return client;
}

async function everyRecordId(client: PocketBase) {
  const ids: string[] = [];
  for (const collection of ["municipalities", "users", "plans", "milestones", "appointments", "contacts", "shares", "audit_log"]) {
    for (const record of await client.collection(collection).getFullList({ fields: "id" })) ids.push(`${collection}/${record.id}`);
  }
  return ids.sort();
}

describe("durability", () => {
  it("keeps every acknowledged write after SIGKILL during writes", async () => {
    const dataDirectory = mkdtempSync(join(tmpdir(), "velkommen-crash-"));
    await upsertSuperuser(dataDirectory, superuser.email, superuser.password);
    let server = await startPocketBase({ dataDirectory });
    try {
      const client = await signedIn(server.url);
      const world = await buildWorld(client);
      const acknowledged: string[] = [];
      let stop = false;
      const writers = Array.from({ length: 8 }, async (_unused, writer) => {
        for (let index = 0; !stop; index++) {
          try {
            const record = await client.collection("appointments").create({
              plan: world.plan.id, title: `write ${writer}-${index}`, starts: "2026-12-01 09:00:00.000Z", status: "planned",
            });
            acknowledged.push(record.id);
          } catch {
            return; // the server is gone
          }
        }
      });
      await new Promise((resolveWait) => setTimeout(resolveWait, 1_500));
      server.process.kill("SIGKILL");
      stop = true;
      await Promise.all(writers);
      expect(acknowledged.length).toBeGreaterThan(20);

      server = await startPocketBase({ dataDirectory, port: server.port });
      const after = await signedIn(server.url);
      const stored = new Set((await after.collection("appointments").getFullList({ fields: "id" })).map((record) => record.id));
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    } finally {
      await server.stop();
      rmSync(dataDirectory, { recursive: true, force: true });
    }
  }, 60_000);

  it("restores every record from `npm run backup` with `npm run restore`", async () => {
    const dataDirectory = mkdtempSync(join(tmpdir(), "velkommen-backup-"));
    const backupDirectory = mkdtempSync(join(tmpdir(), "velkommen-backups-"));
    await upsertSuperuser(dataDirectory, superuser.email, superuser.password);
    const server = await startPocketBase({ dataDirectory });
    try {
      const client = await signedIn(server.url);
      const world = await buildWorld(client);
      const before = await everyRecordId(client);
      const file = await backup(client, backupDirectory);

      await client.collection("plans").delete(world.plan.id);
      await client.collection("municipalities").create({ slug: "after-backup", name: "After" });
      expect(await everyRecordId(client)).not.toEqual(before);

      await restore(client, file);
      expect(await everyRecordId(await signedIn(server.url))).toEqual(before);
    } finally {
      await server.stop();
      rmSync(dataDirectory, { recursive: true, force: true });
      rmSync(backupDirectory, { recursive: true, force: true });
    }
  }, 90_000);
});
