// GET /api/velkommen/plans/{id}/calendar.ics: the plan's appointments, for whoever may view the plan.
function planCalendar(e) {
  const { findOrNull } = require(`${__hooks}/lib/errors.js`);
  const domain = require(`${__hooks}/generated/domain.js`);
  const plan = findOrNull(() => e.app.findRecordById("plans", e.request.pathValue("id")));
  // The same view rule as the API, so the calendar never shows more than the plan itself.
  const allowed = plan && e.app.canAccessRecord(plan, e.requestInfo(), plan.collection().viewRule);
  if (!allowed) throw new NotFoundError("The plan was not found.");
  const appointments = e.app.findRecordsByFilter("appointments", "plan = {:plan}", "starts", 0, 0, { plan: plan.id })
    .map((record) => ({
      id: record.id,
      title: record.getString("title"),
      starts: record.getString("starts"),
      ends: record.getString("ends"),
      place: record.getString("place"),
      with: record.getString("with"),
      interpreter: record.getBool("interpreter"),
      status: record.getString("status"),
    }));
  const calendar = domain.buildCalendar(appointments, {
    now: new Date(),
    calendarName: "velkommen",
    uidDomain: "velkommen.local",
    interpreterNote: "Tolk / Interpreter",
  });
  require(`${__hooks}/lib/audit.js`).recordStaffRead(e, "view", "appointments", "", plan.id, "calendar");
  e.response.header().set("Content-Type", "text/calendar; charset=utf-8");
  e.response.header().set("Content-Disposition", 'attachment; filename="appointments.ics"');
  return e.string(200, calendar);
}

module.exports = { planCalendar };
