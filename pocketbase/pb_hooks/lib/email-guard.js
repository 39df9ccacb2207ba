// No e-mail enumeration: an address that already has an account (anywhere on this instance, staff included) gets
// the very same answer as an address that is not valid at all.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function refuseUnusableEmail(app, email) {
  if (typeof email !== "string" || email === "") return;
  let taken = false;
  try {
    app.findAuthRecordByEmail("users", email);
    taken = true;
  } catch (notFound) {
    taken = false;
  }
  if (taken || !EMAIL_SHAPE.test(email) || email.length > 254) {
    throw require(`${__hooks}/lib/errors.js`).fieldErrors({
      email: ["validation_email_refused", "This e-mail address cannot be used. Check it, or leave it out."],
    });
  }
}

module.exports = { refuseUnusableEmail };
