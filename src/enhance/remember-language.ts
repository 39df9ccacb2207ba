// Remembers the chosen language on this device and goes straight to it next time.
// Without JS the chooser still works: every button is a plain link.
const storageKey = "velkommen.language";

try {
  const remembered = localStorage.getItem(storageKey);
  const links = Array.from(document.querySelectorAll<HTMLAnchorElement>("[data-remember-language]"));
  const codes = links.map((link) => link.dataset.rememberLanguage);
  const cameToChoose = new URLSearchParams(location.search).has("choose");
  if (remembered && codes.includes(remembered) && !cameToChoose) location.replace(`/${remembered}/`);
  for (const link of links) {
    link.addEventListener("click", () => localStorage.setItem(storageKey, link.dataset.rememberLanguage ?? ""));
  }
} catch {
  // Storage can be blocked (private mode); the chooser still works.
}
