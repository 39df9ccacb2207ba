package velkommen

// SourceHash is set at build time (scripts/lib/pocketbase-binary.mjs): the hash of this Go source, so the
// scripts can tell this build from a stock PocketBase or a stale one (`pocketbase velkommen-build` prints it).
var SourceHash = "dev"
