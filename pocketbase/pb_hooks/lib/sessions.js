// Session tokens of users: hours, not days; staff shorter than refugees; never past SESSION_MAX_HOURS after the
// sign-in itself. PocketBase signs a token with the collection's single duration, so every auth answer for
// `users` is re-signed here with the same claims plus `session_started`, which a refresh carries over.
function domain() {
  return require(`${__hooks}/generated/domain.js`);
}

function bearerToken(e) {
  const header = String(e.requestInfo().headers["authorization"] || "");
  return header.indexOf("Bearer ") === 0 ? header.slice(7) : header;
}

/** Called in onRecordAuthRequest: sets e.token to a token that ends when this session may end. */
function signSessionToken(e) {
  const record = e.record;
  const now = Math.floor(Date.now() / 1000);
  let started = now;
  // PocketBase's auth-refresh is the one auth answer without an auth method.
  if (e.authMethod === "") {
    const claims = $security.parseUnverifiedJWT(bearerToken(e)); // already verified by PocketBase's auth middleware
    // A superuser's impersonation: PocketBase's own short, non-renewable token stays as it is.
    if (claims.collectionId !== record.collection().id) return;
    if (claims.refreshable !== true) return; // e.g. an impersonation token: PocketBase does not renew it either
    started = Number(claims.session_started) || 0; // a token without a session start cannot be renewed
  }
  const seconds = domain().tokenSecondsLeft(record.getString("role"), started, now);
  if (seconds <= 0) throw new UnauthorizedError("The session has ended. Please sign in again.");
  e.token = $security.createJWT({
    id: record.id, type: "auth", collectionId: record.collection().id, refreshable: true, session_started: started,
  }, record.tokenKey() + record.collection().authToken.secret, seconds);
}

module.exports = { signSessionToken };
