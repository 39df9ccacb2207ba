// The structural checks of a hub as an editor saves it (src/domain/hub-validation.ts; the server runs the same
// code, bundled into the hooks). Good inputs have no problems; each bad input names exactly its JSON path.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hubMessageLanguage, isEmailAddress, isHttpsUrl, isPhoneNumber, isWebUrl, validateHub } from "../../src/domain/hub-validation";
import { newContact } from "../../src/islands/editor/lib/new-contact";

const gentofte = JSON.parse(readFileSync("src/content/municipalities/gentofte.json", "utf8"));
const withChange = (change: (hub: typeof gentofte) => void) => {
  const hub = structuredClone(gentofte);
  change(hub);
  return hub;
};

describe("the repository's hubs", () => {
  it.each(["gentofte", "gladsaxe", "glostrup"])("%s.json passes as it is", (slug) => {
    expect(validateHub(JSON.parse(readFileSync(`src/content/municipalities/${slug}.json`, "utf8")), { slug })).toEqual({});
  });
  it("glostrup.json cites one page that only exists over http: allowed for a source, refused for a contact's link", () => {
    const glostrup = JSON.parse(readFileSync("src/content/municipalities/glostrup.json", "utf8"));
    expect(glostrup.sources[1].url).toMatch(/^http:\/\//);
    glostrup.contacts[0].url = glostrup.sources[1].url;
    expect(Object.keys(validateHub(glostrup, { slug: "glostrup" }))).toEqual(["contacts.0.url"]);
  });
});

describe("fields", () => {
  it.each([
    ["+4539650575", true], ["+4512345678", true], ["+46812345678", true], ["+14155550100", true],
    ["39650575", false], ["+45 39 65 05 75", false], ["+453965057", false], ["+45396505755", false], ["+0123456789", false], ["", false],
  ])("phone %j is %s", (phone, good) => expect(isPhoneNumber(phone)).toBe(good));

  it.each([
    ["koordination@netvaerkshuset.dk", true], ["a.b+c@sub.example.org", true],
    ["koordination@", false], ["@netvaerkshuset.dk", false], ["no at.dk", false], ["a@b", false], ["a@b.c", false], ["<a@b.dk>", false],
  ])("e-mail %j is %s", (email, good) => expect(isEmailAddress(email)).toBe(good));

  it.each([
    ["https://www.gentofte.dk/", true], ["https://netvaerkshuset.dk", true], ["https://a.dk/x?y=1#z", true],
    ["http://www.gentofte.dk/", false], ["javascript:alert(1)", false], ["https://", false], ["https://localhost", false], ["www.gentofte.dk", false],
  ])("url %j is %s", (url, good) => expect(isHttpsUrl(url)).toBe(good));

  it.each([
    ["https://www.gentofte.dk/", true], ["http://omsorgscenteret.glostrup.dk/service/", true],
    ["javascript:alert(1)", false], ["ftp://a.dk/", false], ["http://", false], ["mailto:a@b.dk", false],
  ])("source url %j is %s", (url, good) => expect(isWebUrl(url)).toBe(good));
});

describe("each mistake is reported at its JSON path", () => {
  it.each([
    ["a phone without country code", (hub) => { hub.contacts[0].phone = "39650575"; }, "contacts.0.phone", "validation_phone"],
    ["a phone with spaces", (hub) => { hub.contacts[0].phone = "+45 39 65 05 75"; }, "contacts.0.phone", "validation_phone"],
    ["a number as phone", (hub) => { hub.contacts[0].phone = 39650575; }, "contacts.0.phone", "validation_phone"],
    ["a bad e-mail", (hub) => { hub.contacts[0].email = "koordination@"; }, "contacts.0.email", "validation_email"],
    ["an http link", (hub) => { hub.contacts[0].url = "http://netvaerkshuset.dk/"; }, "contacts.0.url", "validation_url_https"],
    ["a javascript: link", (hub) => { hub.contacts[0].url = "javascript:alert(1)"; }, "contacts.0.url", "validation_url_https"],
    ["a 3-digit postal code", (hub) => { hub.contacts[0].address = { street: "Bernstorffsvej 20", postalCode: "290", city: "Hellerup" }; }, "contacts.0.address.postalCode", "validation_postal_code"],
    ["a postal code as number", (hub) => { hub.contacts[0].address = { street: "Bernstorffsvej 20", postalCode: 2900, city: "Hellerup" }; }, "contacts.0.address.postalCode", "validation_postal_code"],
    ["an address without street", (hub) => { hub.contacts[0].address = { street: "", postalCode: "2900", city: "Hellerup" }; }, "contacts.0.address.street", "validation_required"],
    ["an address without city", (hub) => { hub.contacts[0].address = { street: "Bernstorffsvej 20", postalCode: "2900" }; }, "contacts.0.address.city", "validation_required"],
    ["an address as text", (hub) => { hub.contacts[0].address = "Bernstorffsvej 20"; }, "contacts.0.address", "validation_object"],
    ["hours that close before they open", (hub) => { hub.contacts[0].openingHours = [{ days: ["mon"], opens: "16:00", closes: "09:00" }]; }, "contacts.0.openingHours.0.closes", "validation_hours_order"],
    ["hours that close when they open", (hub) => { hub.contacts[0].openingHours = [{ days: ["mon"], opens: "09:00", closes: "09:00" }]; }, "contacts.0.openingHours.0.closes", "validation_hours_order"],
    ["a time without leading zero", (hub) => { hub.contacts[0].openingHours = [{ days: ["mon"], opens: "9:00", closes: "16:00" }]; }, "contacts.0.openingHours.0.opens", "validation_hours_time"],
    ["a time 25:00", (hub) => { hub.contacts[0].phoneHours = [{ days: ["mon"], opens: "09:00", closes: "25:00" }]; }, "contacts.0.phoneHours.0.closes", "validation_hours_time"],
    ["a Danish weekday name", (hub) => { hub.contacts[0].openingHours = [{ days: ["mandag"], opens: "09:00", closes: "16:00" }]; }, "contacts.0.openingHours.0.days", "validation_hours_days"],
    ["no weekday", (hub) => { hub.contacts[0].openingHours = [{ days: [], opens: "09:00", closes: "16:00" }]; }, "contacts.0.openingHours.0.days", "validation_hours_days"],
    ["a weekday twice", (hub) => { hub.contacts[0].openingHours = [{ days: ["mon", "mon"], opens: "09:00", closes: "16:00" }]; }, "contacts.0.openingHours.0.days", "validation_hours_days"],
    ["hours as text", (hub) => { hub.contacts[0].openingHours = "9-16"; }, "contacts.0.openingHours", "validation_list"],
    ["a contact without name", (hub) => { hub.contacts[1].name = ""; }, "contacts.1.name", "validation_required"],
    ["two contacts with one id", (hub) => { hub.contacts[1].id = hub.contacts[0].id; }, "contacts.1.id", "validation_duplicate_id"],
    ["a contact citing an unknown source", (hub) => { hub.contacts[0].source = "no-such-source"; }, "contacts.0.source", "validation_unknown_source"],
    ["a contact's checked date in Danish order", (hub) => { hub.contacts[0].lastChecked = "01-12-2026"; }, "contacts.0.lastChecked", "validation_date"],
    ["an impossible date", (hub) => { hub.lastChecked = "2026-02-30"; }, "lastChecked", "validation_date"],
    ["no name", (hub) => { delete hub.name; }, "name", "validation_required"],
    ["another municipality's slug", (hub) => { hub.slug = "gladsaxe"; }, "slug", "validation_slug"],
    ["contacts as an object", (hub) => { hub.contacts = {}; }, "contacts", "validation_list"],
    ["a promise without text", (hub) => { hub.promises[0].text = " "; }, "promises.0.text", "validation_required"],
    ["a source link that is no web address", (hub) => { hub.sources[0].url = "javascript:alert(1)"; }, "sources.0.url", "validation_url_web"],
    ["a welcome letter within -1 days", (hub) => { hub.welcomeLetter.withinDays = -1; }, "welcomeLetter.withinDays", "validation_whole_number"],
  ] as Array<[string, (hub: any) => void, string, string]>)("%s → %s", (_name, change, path, code) => {
    const problems = validateHub(withChange(change), { slug: "gentofte" });
    expect(Object.keys(problems)).toEqual([path]);
    expect(problems[path]).toMatchObject({ code, message: expect.stringMatching(/\S/) });
  });

  it("reports several mistakes at once, one per path", () => {
    const problems = validateHub(withChange((hub) => {
      hub.contacts[0].phone = "123";
      hub.contacts[0].email = "x";
      hub.contacts[1].openingHours = [{ days: ["mon"], opens: "10:00", closes: "08:00" }];
    }), { slug: "gentofte" });
    expect(Object.keys(problems).sort()).toEqual(["contacts.0.email", "contacts.0.phone", "contacts.1.openingHours.0.closes"]);
  });

  it.each([null, [], "text", 42])("a body that is not an object (%j) is one problem at 'body'", (body) => {
    expect(Object.keys(validateHub(body))).toEqual(["body"]);
  });
});

// The editor's "Add a contact" (src/islands/editor/lib/new-contact.ts) gives a contact with an empty description and
// no details: the server accepts it as it is (a description is optional text, as the form treats it), and still
// refuses what the form lets through only by mistake, at the new contact's own path.
describe("a contact added in the editor", () => {
  const added = (fields: Record<string, unknown> = {}) => withChange((hub) => {
    hub.contacts.push({ ...newContact(hub, { name: "Sundhedshuset", kind: "health", sources: ["gentofte-integration"] }, "2026-12-01"), ...fields });
  });
  const at = `contacts.${gentofte.contacts.length}`;
  it("passes with an empty description and every detail empty", () => {
    expect(added().contacts.at(-1)).toMatchObject({ description: "", phone: null, source: "gentofte-integration" });
    expect(validateHub(added(), { slug: "gentofte" })).toEqual({});
  });
  it.each([
    ["a phone with spaces", { phone: "+45 39 65 05 75" }, `${at}.phone`, "validation_phone"],
    ["an id that is taken", { id: gentofte.contacts[0].id }, `${at}.id`, "validation_duplicate_id"],
    ["a source the hub does not have", { source: "no-such-source" }, `${at}.source`, "validation_unknown_source"],
    ["one unknown source of two", { source: ["gentofte-integration", "no-such-source"] }, `${at}.source.1`, "validation_unknown_source"],
    ["no name", { name: " " }, `${at}.name`, "validation_required"],
    ["a description that is a number", { description: 3 }, `${at}.description`, "validation_text"],
  ])("%s → %s", (_name, fields, path, code) => {
    const problems = validateHub(added(fields), { slug: "gentofte" });
    expect(Object.keys(problems)).toEqual([path]);
    expect(problems[path]?.code).toBe(code);
  });
});

describe("messages in Danish or English", () => {
  it.each([
    [undefined, "da"], ["", "da"], ["da", "da"], ["en", "en"], ["en-GB,en;q=0.9", "en"], ["da-DK,da;q=0.9,en;q=0.8", "da"],
    ["en;q=0.5,da;q=0.9", "da"], ["ar,en;q=0.8", "en"], ["ar", "da"], ["en;q=0,da", "da"],
  ])("Accept-Language %j → %s", (header, language) => expect(hubMessageLanguage(header)).toBe(language));

  it("the same mistake reads in the language asked for", () => {
    const bad = withChange((hub) => { hub.contacts[0].phone = "39650575"; });
    expect(validateHub(bad, { language: "da" })["contacts.0.phone"]?.message).toMatch(/Telefonnummeret/);
    expect(validateHub(bad, { language: "en" })["contacts.0.phone"]?.message).toMatch(/phone number/);
  });
});
