// Small, exact edits of a text's file body: one front matter line of a guide, one top-level key of a JSON file.
// They change only the line concerned, so an export's `diff -r` shows the edit and nothing else.

/**
 * Sets (value a string) or removes (value null) the top-level front matter line `name: value`. A new line goes
 * after the line `after:` if there is one, else at the end of the front matter. Returns the body unchanged
 * when it has no front matter.
 */
function setFrontMatterLine(raw, name, value, after) {
  const match = raw.match(/^---\n([\s\S]*?)\n---(\n|$)/);
  if (!match) return raw;
  const lines = match[1].split("\n");
  const isLine = (key) => (line) => line.indexOf(key + ":") === 0;
  const index = lines.findIndex(isLine(name));
  if (value === null) {
    if (index !== -1) lines.splice(index, 1);
  } else if (index !== -1) {
    lines[index] = name + ": " + value;
  } else {
    const afterIndex = after ? lines.findIndex(isLine(after)) : -1;
    // The `after` field may have nested (indented) lines under it: insert after those.
    let insertAt = afterIndex === -1 ? lines.length : afterIndex + 1;
    while (afterIndex !== -1 && insertAt < lines.length && /^\s/.test(lines[insertAt])) insertAt++;
    lines.splice(insertAt, 0, name + ": " + value);
  }
  return "---\n" + lines.join("\n") + "\n---" + match[2] + raw.slice(match[0].length);
}

/** The top-level front matter value of `name` (unquoted), or "". */
function frontMatterValue(raw, name) {
  const { splitGuide, frontMatterField } = require(`${__hooks}/lib/content-hash.js`);
  const guide = splitGuide(raw);
  return guide ? frontMatterField(guide.frontMatter, name) : "";
}

function deepEqual(left, right) {
  return JSON.stringify(left) === JSON.stringify(right);
}

/**
 * A JSON file's body with `change(object)` applied. The repository's files are hand-formatted (one term or
 * source per line), so first the edit is tried on the text itself (top-level `"key": value` lines at two spaces);
 * only if that does not give the same object is the file written anew with two-space indentation.
 * `textEdits` is a list of { key, value (undefined = remove), after } for top-level keys.
 */
function editJson(raw, change, textEdits) {
  const wanted = change(JSON.parse(raw));
  let edited = raw;
  for (const edit of textEdits || []) edited = editTopLevelJsonLine(edited, edit.key, edit.value, edit.after);
  try {
    if (deepEqual(JSON.parse(edited), wanted)) return edited;
  } catch (broken) {
    // The text edit did not fit this file's layout: write it anew below.
  }
  return JSON.stringify(wanted, null, 2) + "\n";
}

function editTopLevelJsonLine(raw, key, value, after) {
  const linePattern = (name) => new RegExp('^  "' + name + '": (.*?)(,?)$', "m");
  const existing = raw.match(linePattern(key));
  if (value === undefined) {
    return existing ? raw.replace(new RegExp('^  "' + key + '": .*\\n', "m"), "") : raw;
  }
  const rendered = '  "' + key + '": ' + JSON.stringify(value);
  if (existing) return raw.replace(linePattern(key), (whole, oldValue, comma) => rendered + comma);
  const afterLine = after ? raw.match(linePattern(after)) : null;
  if (!afterLine) return raw;
  // After a line with a comma, the new line keeps one; after the last key, the old line gets it.
  return raw.replace(linePattern(after), (whole, oldValue, comma) =>
    comma ? whole + "\n" + rendered + "," : whole + ",\n" + rendered);
}

/** Replaces every per-term `"sourceHash": "…"` in a one-term-per-line glossary, by the line's term id. */
function editGlossaryTermHashes(raw, hashById) {
  return raw.split("\n").map((line) => {
    const id = line.match(/"id": "([^"]+)"/);
    if (!id || !hashById[id[1]]) return line;
    return line.replace(/"sourceHash": "[0-9a-f]*"/, '"sourceHash": "' + hashById[id[1]] + '"');
  }).join("\n");
}

module.exports = { setFrontMatterLine, frontMatterValue, editJson, editGlossaryTermHashes, deepEqual };
