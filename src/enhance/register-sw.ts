// Progressive enhancement on every page: the service worker (offline reading), and the "save all guides"
// button where a page has one. Pages are fully readable without this script.
if ("serviceWorker" in navigator) {
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("/sw.js").catch(() => undefined);
  });
}

const saveButton = document.querySelector<HTMLButtonElement>("[data-save-guides]");
if (saveButton && "caches" in window) {
  saveButton.hidden = false;
  saveButton.addEventListener("click", async () => {
    const status = document.getElementById("save-guides-status");
    const urls: string[] = JSON.parse(saveButton.dataset.saveGuides ?? "[]");
    if (status) status.textContent = saveButton.dataset.saving ?? "";
    try {
      const cache = await caches.open("pages");
      await cache.addAll(urls);
      if (status) status.textContent = saveButton.dataset.saved ?? "";
    } catch {
      if (status) status.textContent = saveButton.dataset.failed ?? "";
    }
  });
}
