// Reads the shared data files of the project (the same JSON the site is built from).
// Paths are relative to pb_hooks so that server and client never keep separate copies.
function readJson(relativePath) {
  const raw = toString($os.readFile(`${__hooks}/../../${relativePath}`));
  return JSON.parse(raw);
}

function isKnownLocale(code) {
  const registry = readJson("src/i18n/locales.json");
  return registry.locales.some((locale) => locale.code === code);
}

module.exports = { readJson, isKnownLocale };
