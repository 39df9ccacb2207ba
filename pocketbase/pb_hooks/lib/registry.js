// The locale registry (src/i18n/locales.json), as bundled into generated/domain.js by scripts/lib/build-hooks.mjs,
// so the hooks need no project files next to them at run time and never keep a copy of their own.
function isKnownLocale(code) {
  return require(`${__hooks}/generated/domain.js`).localeCodes.indexOf(code) !== -1;
}

module.exports = { isKnownLocale };
