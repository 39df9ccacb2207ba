/// <reference path="../../.cache/pocketbase-types/types.d.ts" />
// Checks a user's `language` against the locale registry (src/i18n/locales.json), the one list of locales.

onRecordValidate((e) => {
  const language = e.record.getString("language");
  const { isKnownLocale } = require(`${__hooks}/lib/registry.js`);
  if (language !== "" && !isKnownLocale(language)) {
    const { fieldErrors } = require(`${__hooks}/lib/errors.js`);
    throw fieldErrors({ language: ["validation_unknown_locale", "Unknown language code."] });
  }
  e.next();
}, "users");
