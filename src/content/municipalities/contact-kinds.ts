// The kinds of contact a hub lists: the one list of them, which Contact["kind"] (index.ts) is made from and the
// editor's "Add a contact" offers, in this order. A file of its own so the browser can import the list without
// index.ts's data of every municipality (a bundler keeps that import for its top-level property read).
export const CONTACT_KINDS = ["municipality", "jobcentre", "volunteer", "housing", "children", "health", "other"] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];
