// The letter form: fills the letter preview from the form, in the browser only (nothing is sent or stored).
// A signed-in caseworker can load a plan instead; the server then issues a fresh activation code.
import QRCode from "qrcode";
import { buildLetterModel, type LetterInput } from "../letter/model.ts";
import { renderLetter } from "../letter/render.ts";
import { letterStrings, type Dictionary } from "../letter/strings.ts";
import { issueActivation, letterInputFromPlan } from "../letter/from-plan.ts";
import { createClient } from "../utils/pocketbase-client.ts";

const files = import.meta.glob<Dictionary>("../../locales/*/{letter,milestones}.json", { eager: true, import: "default" });
const statusFiles = import.meta.glob<Record<string, { translation: "machine" | "reviewed"; sourceHash?: string }>>("../../locales/*/_status.json", { eager: true, import: "default" });

const dictionary = (lang: string, namespace: string) => files[`../../locales/${lang}/${namespace}.json`];
const statusOf = (lang: string, namespace: string) => statusFiles[`../../locales/${lang}/_status.json`]?.[namespace];
const form = document.querySelector<HTMLFormElement>("#letter-form");
// The Danish sources' hashes are worked out at build time (SHA-256 in Node) and handed over in the page.
const sourceHashes: Record<string, string> = JSON.parse(form?.dataset.sourceHashes ?? "{}");
const sourceHashOf = (namespace: string) => sourceHashes[namespace] ?? "";
const preview = document.querySelector<HTMLElement>("#letter-preview");
const status = document.querySelector<HTMLElement>("#letter-status");
let activation: LetterInput["activation"] = null;

function value(name: string): string {
  return (form?.elements.namedItem(name) as HTMLInputElement | null)?.value.trim() ?? "";
}

function inputFromForm(): LetterInput {
  const startsLocal = value("appointmentStarts");
  return {
    refugeeName: value("name"),
    language: value("language"),
    municipality: value("municipality"),
    facts: {
      arrivalDate: value("arrival"),
      responsibilityDate: value("responsibility"),
      household: { adults: Number(value("adults")) || 0, children: Number(value("children")) || 0, unaccompanied_minor: (form?.elements.namedItem("minor") as HTMLInputElement).checked },
    },
    appointments: value("appointmentTitle") && startsLocal
      ? [{ title: value("appointmentTitle"), starts: new Date(startsLocal).toISOString(), place: value("appointmentPlace"), interpreter: false }]
      : [],
    caseworker: { name: value("caseworkerName"), phone: value("caseworkerPhone"), email: value("caseworkerEmail") },
    activation,
  };
}

async function render() {
  if (!preview) return;
  const input = inputFromForm();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.facts.arrivalDate) || !/^\d{4}-\d{2}-\d{2}$/.test(input.facts.responsibilityDate)) return;
  const qrSvg = input.activation ? await QRCode.toString(input.activation.url, { type: "svg", margin: 0, errorCorrectionLevel: "M" }) : undefined;
  preview.innerHTML = renderLetter(buildLetterModel(input), {
    target: letterStrings(input.language, dictionary, statusOf, sourceHashOf),
    danish: letterStrings("da", dictionary, statusOf, sourceHashOf),
    qrSvg,
    today: new Date().toISOString().slice(0, 10),
  });
}

function setField(name: string, fieldValue: string | number | boolean) {
  const field = form?.elements.namedItem(name) as HTMLInputElement | null;
  if (!field) return;
  if (field.type === "checkbox") field.checked = Boolean(fieldValue);
  else field.value = String(fieldValue);
}

async function loadPlan() {
  const planId = value("plan");
  if (!status || !planId) return;
  status.textContent = "…";
  try {
    const client = createClient();
    const input = await letterInputFromPlan(client, planId);
    activation = await issueActivation(client, planId, window.location.origin);
    setField("name", input.refugeeName);
    setField("language", input.language);
    setField("municipality", input.municipality);
    setField("arrival", input.facts.arrivalDate);
    setField("responsibility", input.facts.responsibilityDate);
    setField("adults", input.facts.household.adults);
    setField("children", input.facts.household.children);
    setField("minor", input.facts.household.unaccompanied_minor);
    setField("caseworkerName", input.caseworker.name);
    setField("caseworkerPhone", input.caseworker.phone ?? "");
    setField("caseworkerEmail", input.caseworker.email ?? "");
    const first = input.appointments[0];
    setField("appointmentTitle", first?.title ?? "");
    setField("appointmentPlace", first?.place ?? "");
    status.textContent = "✔";
    await render();
  } catch (error) {
    status.textContent = error instanceof Error ? error.message : String(error);
  }
}

if (form) {
  form.hidden = false;
  form.addEventListener("input", () => void render());
  form.addEventListener("submit", (event) => event.preventDefault());
  document.querySelector("#letter-print")?.addEventListener("click", () => window.print());
  document.querySelector("#letter-load-plan")?.addEventListener("click", () => void loadPlan());
  const planFromHash = new URLSearchParams(window.location.hash.slice(1)).get("plan");
  if (planFromHash) {
    setField("plan", planFromHash);
    void loadPlan();
  } else {
    void render();
  }
}
