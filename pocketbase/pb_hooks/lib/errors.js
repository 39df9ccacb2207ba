// A 400 with one message per field, in the same shape PocketBase uses for its own validation errors.
function fieldErrors(errorsByField) {
  const data = {};
  for (const field of Object.keys(errorsByField)) {
    const [code, message] = errorsByField[field];
    data[field] = new ValidationError(code, message);
  }
  return new BadRequestError("Invalid data.", data);
}

module.exports = { fieldErrors };
