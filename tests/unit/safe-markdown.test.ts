// Safe Markdown (src/utils/safe-markdown.ts) through Sätteri, the Markdown engine Astro renders the guides with.
// The positive control shows the danger is real: without the plugin, the same input renders live HTML and links.
import { markdownToHtml } from "satteri";
import { describe, expect, it } from "vitest";
import { isSafeUrl, safeMarkdown } from "../../src/utils/safe-markdown";

const render = (markdown: string) => markdownToHtml(markdown, { mdastPlugins: [safeMarkdown()] }).html;
const renderUnsafe = (markdown: string) => markdownToHtml(markdown).html;

describe("safe Markdown", () => {
  // [what, Markdown, must contain, must not contain]
  const inert: Array<[string, string, string, string]> = [
    ["a script block", "<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;", "<script"],
    ["an inline event handler", 'Tekst <img src="x" onerror="alert(1)"> her', "&lt;img", "<img"],
    ["a span with an extra attribute", '<span lang="da" onclick="alert(1)">ord</span>', "&lt;span lang=", '<span lang="da" onclick'],
    ["an iframe", '<iframe src="https://example.com"></iframe>', "&lt;iframe", "<iframe"],
    ["a javascript: link", "[Klik](javascript:alert(1))", "Klik", "href"],
    ["a javascript: link in capitals with a tab", "[Klik](JAVA\tSCRIPT:alert(1))", "Klik", "href"],
    ["an entity-encoded javascript: link", "[Klik](&#106;avascript:alert(1))", "Klik", "href"],
    ["a data: link", "[Klik](data:text/html,<b>x</b>)", "Klik", "href"],
    ["an http: link", "[Klik](http://example.com/)", "Klik", "href"],
    ["a protocol-relative link", "[Klik](//evil.example/)", "Klik", "href"],
    ["a javascript: image", "![Billede](javascript:alert(1))", "Billede", "<img"],
    ["a javascript: autolink", "<javascript:alert(1)>", "alert(1)", "href"],
    ["a reference link to javascript:", "[Klik][x]\n\n[x]: javascript:alert(1)", "Klik", "href"],
  ];
  it.each(inert)("renders %s as inert text", (_what, markdown, shown, absent) => {
    const html = render(markdown);
    expect(html).toContain(shown);
    expect(html).not.toContain(absent);
  });

  const kept: Array<[string, string, string]> = [
    ["an https: link", "[Borger.dk](https://www.borger.dk/)", '<a href="https://www.borger.dk/">Borger.dk</a>'],
    ["a tel: link", "[Ring 112](tel:112)", '<a href="tel:112">Ring 112</a>'],
    ["a mailto: link", "[Skriv](mailto:post@example.dk)", '<a href="mailto:post@example.dk">Skriv</a>'],
    ["a site path", "[Ordliste](/da/guides/glossary/)", '<a href="/da/guides/glossary/">Ordliste</a>'],
    ["a fragment", "[Op](#top)", '<a href="#top">Op</a>'],
    ["an https: image", "![Kort](https://example.dk/kort.png)", '<img src="https://example.dk/kort.png" alt="Kort"'],
    ["the guides' Danish-word span", 'ord <span lang="da" dir="ltr">kontrakt</span>', '<span lang="da" dir="ltr">kontrakt</span>'],
    ["the guides' plain Danish span", '<span lang="da">kontrakt</span>', '<span lang="da">kontrakt</span>'],
    ["the guides' bdi", "ring <bdi>+45 12 34 56 78</bdi>", "<bdi>+45 12 34 56 78</bdi>"],
    ["a reference link to https:", "[Borger][b]\n\n[b]: https://www.borger.dk/", '<a href="https://www.borger.dk/">Borger</a>'],
  ];
  it.each(kept)("keeps %s", (_what, markdown, expected) => {
    expect(render(markdown)).toContain(expected);
  });

  it("positive control: without the plugin the same Markdown renders live HTML and a javascript: link", () => {
    expect(renderUnsafe("<script>alert(1)</script>")).toContain("<script>alert(1)</script>");
    expect(renderUnsafe("[Klik](javascript:alert(1))")).toContain('href="javascript:alert(1)"');
  });

  it.each([
    ["https://x.dk", true], ["tel:+4512345678", true], ["mailto:a@b.dk", true], ["/da/", true], ["#x", true],
    ["javascript:alert(1)", false], [" javascript:x", false], ["vbscript:x", false], ["http://x.dk", false], ["//x.dk", false],
    ["/\\x.dk", false], ["", false], ["relative/path", false],
  ] as const)("isSafeUrl(%j) is %s", (url, safe) => {
    expect(isSafeUrl(url)).toBe(safe);
  });
});
