// Enhances "Send this page" with a QR code. qrcode is loaded only when someone asks for one. The link and the
// code are built as elements (no HTML strings), and focus moves to the new link.
import { qrModules } from "../islands/lib/qr.ts";

const SVG = "http://www.w3.org/2000/svg";

function svgElement(name: string, attributes: Record<string, string>): SVGElement {
  const element = document.createElementNS(SVG, name);
  for (const [attribute, value] of Object.entries(attributes)) element.setAttribute(attribute, value);
  return element;
}

for (const form of document.querySelectorAll<HTMLFormElement>(".send-page-form")) {
  form.hidden = false;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const lang = new FormData(form).get("lang");
    const url = `${window.location.origin}/${lang}${form.dataset.path ?? "/"}`;
    const modules = await qrModules(url);
    const result = form.parentElement?.querySelector(".send-page-result");
    if (!result) return;
    const link = Object.assign(document.createElement("a"), { href: url, textContent: url, className: "share-link" });
    link.dir = "ltr";
    const paragraph = document.createElement("p");
    paragraph.append(link);
    const svg = svgElement("svg", { role: "img", "aria-label": "QR", viewBox: `0 0 ${modules.size} ${modules.size}`, "shape-rendering": "crispEdges" });
    svg.append(svgElement("rect", { width: String(modules.size), height: String(modules.size), fill: "#fff" }), svgElement("path", { d: modules.path, fill: "#000" }));
    const qr = Object.assign(document.createElement("div"), { className: "qr" });
    qr.append(svg);
    result.replaceChildren(paragraph, qr);
    link.focus();
  });
}
