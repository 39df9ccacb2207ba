// GET /api/velkommen/me/dashboard: the signed-in person's own plan and everything under it, in ONE request,
// so a refugee's phone on a slow network waits for one round trip instead of five. It returns exactly what
// the API rules let this person read (their own plan); anyone without a plan gets empty lists.
function dashboard(e) {
  const { findOrNull } = require(`${__hooks}/lib/errors.js`);
  const plan = findOrNull(() => e.app.findFirstRecordByData("plans", "refugee", e.auth.id));
  if (!plan) return e.json(200, { plan: null, milestones: [], appointments: [], contacts: [], shares: [] });
  const under = (collection, sort) => e.app.findRecordsByFilter(collection, "plan = {:plan}", sort, 1000, 0, { plan: plan.id });
  // Records serialize without their hidden fields (e.g. shares.token_hash).
  return e.json(200, {
    plan: plan,
    milestones: under("milestones", "due"),
    appointments: under("appointments", "starts"),
    contacts: under("contacts", "role,name"),
    shares: under("shares", "-created"),
  });
}

module.exports = { dashboard };
