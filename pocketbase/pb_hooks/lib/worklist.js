// GET /api/velkommen/worklist[?limit=N]: the caseworker's plans, most urgent first (open milestones overdue,
// then due within 7 days), as one small SQL query instead of listing plans and milestones and joining in the
// browser. Only the caseworker's own municipality, as the API rules allow; anyone else gets 403.
function worklist(e) {
  const auth = e.auth;
  const municipality = auth.getString("municipality");
  if (auth.getString("role") !== "caseworker" || municipality === "") throw new ForbiddenError("Only a caseworker has a worklist.");
  const limit = Math.min(5000, Math.max(1, parseInt(e.request.url.query().get("limit"), 10) || 2000));
  const now = new Date();
  const today = now.toISOString().slice(0, 10);
  const until = new Date(now.getTime() + 7 * 86400000).toISOString().slice(0, 10) + " 23:59:59.999Z";
  const rows = arrayOf(new DynamicModel({ plan: "", name: "", email: "", language: "", arrival: "", overdue: 0, soon: 0 }));
  // The milestones are counted per plan first: joined row by row, SQLite picks the (status, due) index and the
  // query turns quadratic (45 s for 5,000 plans instead of 40 ms).
  e.app.db().newQuery(
    "SELECT p.id AS plan, u.name AS name, u.email AS email, p.language AS language, substr(p.arrival_date, 1, 10) AS arrival," +
    " COALESCE(counted.overdue, 0) AS overdue, COALESCE(counted.soon, 0) AS soon" +
    " FROM plans p JOIN users u ON u.id = p.refugee" +
    " LEFT JOIN (SELECT plan, SUM(CASE WHEN due < {:today} THEN 1 ELSE 0 END) AS overdue," +
    "   SUM(CASE WHEN due >= {:today} THEN 1 ELSE 0 END) AS soon" +
    "   FROM milestones WHERE status = 'open' AND due != '' AND due <= {:until} GROUP BY plan) counted ON counted.plan = p.id" +
    " WHERE p.municipality = {:municipality}" +
    " ORDER BY overdue DESC, soon DESC, u.name LIMIT {:limit}",
  ).bind({ municipality: municipality, today: today, until: until, limit: limit }).all(rows);
  return e.json(200, rows);
}

module.exports = { worklist };
