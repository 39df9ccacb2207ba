// A Markdown plugin with one job: Markdown that editors and translators write in the browser renders inert. Astro
// renders raw HTML in Markdown by default, so a `<script>` or an `onerror=` would run on the public site.
// - Raw HTML becomes text (shown, escaped), except the few tags the guides use to mark language and direction:
//   `<bdi>`, `<span lang="da">`, `<span lang="da" dir="ltr">` and their closing tags, with no other attribute.
// - A link or image whose address is not https:, tel:, mailto:, a site path ("/…") or a fragment ("#…") becomes
//   its text (a link's words, an image's alt text). Reference links are judged by their definition.
// Astro 7 renders Markdown with Sätteri (Rust), so this is a Sätteri mdast plugin: the remark AST shapes, with a
// visitor per node type (astro.config.mjs, markdown.processor).
import type { MdastPluginDefinition } from "satteri";
import type { Nodes, Root } from "mdast";

const allowedTags = [/^<bdi>$/, /^<\/bdi>$/, /^<span lang="[a-z]{2,3}(-[A-Za-z0-9]{2,8})*"( dir="(ltr|rtl|auto)")?>$/, /^<\/span>$/];

/** Whether a raw HTML node is one of the language and direction tags the guides use. */
export function isAllowedTag(html: string): boolean {
  const tag = html.trim();
  return allowedTags.some((pattern) => pattern.test(tag));
}

/**
 * Whether an address may be a link. Browsers drop whitespace and control characters inside a scheme
 * ("java\tscript:"), so they are dropped before the check. "//host" is another site: refused, as is "/\host".
 */
export function isSafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const address = url.replace(/[\u0000-\u0020\u007f]/g, "").toLowerCase();
  if (address.startsWith("#")) return true;
  if (address.startsWith("/")) return !address.startsWith("//") && !address.startsWith("/\\");
  return address.startsWith("https:") || address.startsWith("tel:") || address.startsWith("mailto:");
}

type Context = Parameters<NonNullable<MdastPluginDefinition["link"]>>[1];

/** Every definition's address by identifier: a reference link is only as safe as the address it refers to. */
function unsafeDefinitions(root: Readonly<Root>): Set<string> {
  const unsafe = new Set<string>();
  const walk = (node: Readonly<Nodes>) => {
    if (node.type === "definition" && !isSafeUrl(node.url)) unsafe.add(node.identifier.toLowerCase());
    if ("children" in node) for (const child of node.children) walk(child);
  };
  walk(root);
  return unsafe;
}

function asText(node: Readonly<Nodes>, context: Context, value = context.textContent(node, { includeImageAlt: true })) {
  context.replaceNode(node, { type: "text", value });
}

/** The plugin (astro.config.mjs: `satteri({ mdastPlugins: [safeMarkdown()] })`). */
export function safeMarkdown() {
  let unsafeReferences = new Set<string>();
  // `satisfies`, not a return type: the visitors stay visibly synchronous, so Sätteri's result type stays sync.
  return {
    name: "velkommen:safe-markdown",
    before(root) {
      unsafeReferences = unsafeDefinitions(root);
    },
    html(node, context) {
      if (!isAllowedTag(node.value)) asText(node, context, node.value);
    },
    link(node, context) {
      if (!isSafeUrl(node.url)) asText(node, context);
    },
    image(node, context) {
      if (!isSafeUrl(node.url)) asText(node, context, node.alt ?? "");
    },
    linkReference(node, context) {
      if (unsafeReferences.has(node.identifier.toLowerCase())) asText(node, context);
    },
    imageReference(node, context) {
      if (unsafeReferences.has(node.identifier.toLowerCase())) asText(node, context, node.alt ?? "");
    },
    definition(node, context) {
      if (!isSafeUrl(node.url)) context.removeNode(node);
    },
  } satisfies MdastPluginDefinition;
}
