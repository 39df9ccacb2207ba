// The one typed PocketBase client for islands. Same origin as the site (DESIGN: one process), so no URL.
import PocketBase from "pocketbase";
import type { TypedPocketBase } from "../types/pocketbase-types.ts";

export function createClient(baseUrl = "/"): TypedPocketBase {
  const client = new PocketBase(baseUrl) as TypedPocketBase;
  client.autoCancellation(false);
  return client;
}
