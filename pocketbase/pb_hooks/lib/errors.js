// A 400 with one message per field, in the same shape PocketBase uses for its own validation errors.
function fieldErrors(errorsByField) {
  const data = {};
  for (const field of Object.keys(errorsByField)) {
    const [code, message] = errorsByField[field];
    data[field] = new ValidationError(code, message);
  }
  return new BadRequestError("Invalid data.", data);
}

/** Throws the 400 when there is at least one problem. */
function throwIfAny(errorsByField) {
  if (Object.keys(errorsByField).length > 0) throw fieldErrors(errorsByField);
}

/** The JSON body as a plain object; anything else reads as an empty object. */
function bodyOf(e) {
  const body = e.requestInfo().body;
  return body && typeof body === "object" && !Array.isArray(body) ? body : {};
}

/** A record or null, instead of an exception, when it does not exist. */
function findOrNull(find) {
  try {
    return find();
  } catch (notFound) {
    return null;
  }
}

module.exports = { fieldErrors, throwIfAny, bodyOf, findOrNull };
