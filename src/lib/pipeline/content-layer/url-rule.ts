// Rehype plugin: every URL a paper file writes (Markdown links, autolinks, raw HTML, MDX elements) is http(s), mailto or relative; anything else fails the build at its line.
import type { Element, Properties, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import type { Node } from "unist";
import type { VFile } from "vfile";
import { sourceLines } from "../file/source-lines.ts";

/** The schemes a link may use; a URL without a scheme ("#sec-1", "./growth.png") stays on the site. */
export const ALLOWED_SCHEMES = ["http", "https", "mailto"] as const;

/** The attributes that hold a URL the browser follows or loads (hast property names, then HTML's). */
const URL_PROPERTIES = ["href", "src", "action", "formAction", "poster", "data", "cite", "xLinkHref", "background", "ping"];
const URL_ATTRIBUTES = ["href", "src", "action", "formaction", "poster", "data", "cite", "xlink:href", "background", "ping"];

/**
 * The URL's scheme as a browser reads it: leading and trailing spaces and control characters are
 * ignored, and tabs and newlines inside are removed ("java\tscript:" is "javascript:"). Undefined
 * for a relative URL.
 */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/[\t\n\r]/g, "");
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

export function isAllowedUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || (ALLOWED_SCHEMES as readonly string[]).includes(scheme);
}

/** The message for a URL the rule rejects. */
export function urlError(location: string, attribute: string, url: string): string {
  const shown = JSON.stringify(url.length > 80 ? `${url.slice(0, 80)}…` : url);
  return `${location}: the ${attribute} ${shown} uses the "${urlScheme(url)}:" scheme; a paper file may link only to ${ALLOWED_SCHEMES.map((s) => `${s}:`).join(", ")} or relative URLs.`;
}

interface MdxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface MdxElement {
  type: "mdxJsxFlowElement" | "mdxJsxTextElement";
  name: string | null;
  attributes: MdxAttribute[];
  children: RootContent[];
  position?: Node["position"];
}

function propertyUrls(properties: Properties): [string, string][] {
  return URL_PROPERTIES.flatMap((name) => {
    const value = properties[name];
    const values = Array.isArray(value) ? value.map(String) : typeof value === "string" ? [value] : [];
    return values.map((v): [string, string] => [name, v]);
  });
}

/** The literal URL attributes of an MDX element (`href={expr}` is the author's own code, not data). */
function mdxUrls(node: MdxElement): [string, string][] {
  return node.attributes
    .filter((a) => a.type === "mdxJsxAttribute" && typeof a.value === "string" && URL_ATTRIBUTES.includes((a.name ?? "").toLowerCase()))
    .map((a) => [a.name ?? "", String(a.value)]);
}

type Found = { line: number | undefined; attribute: string; url: string };

/** Bad URLs inside a raw HTML node, with lines counted from the node's own. */
function rawUrls(html: string, line: number | undefined): Found[] {
  const found: Found[] = [];
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== "element") continue;
      const at = line !== undefined && child.position ? line + child.position.start.line - 1 : line;
      for (const [attribute, url] of propertyUrls(child.properties)) if (!isAllowedUrl(url)) found.push({ line: at, attribute, url });
      visit(child);
      if (child.tagName === "template" && child.content) visit(child.content as Root);
    }
  };
  visit(fromHtml(html, { fragment: true }));
  return found;
}

/** Every rejected URL in the tree, in document order; walks with an explicit stack, so depth cannot overflow it. */
export function badUrls(tree: Root, lineOf: (node: Node) => number | undefined): Found[] {
  const found: Found[] = [];
  const stack: Node[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const line = lineOf(node);
    if (node.type === "element") {
      for (const [attribute, url] of propertyUrls((node as Element).properties)) if (!isAllowedUrl(url)) found.push({ line, attribute, url });
    } else if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      for (const [attribute, url] of mdxUrls(node as unknown as MdxElement)) if (!isAllowedUrl(url)) found.push({ line, attribute, url });
    } else if (node.type === "raw") {
      found.push(...rawUrls((node as unknown as { value: string }).value, line));
    }
    const children = (node as { children?: Node[] }).children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return found;
}

/** Fails on the first rejected URL, naming the file and line, and lists any others in the same message. */
export function rehypeUrlRule() {
  return (tree: Root, file: VFile): void => {
    const source = sourceLines(file);
    const found = badUrls(tree, source.line);
    if (found.length === 0) return;
    throw new Error(found.map((f) => urlError(source.at(f.line), f.attribute, f.url)).join("\n"));
  };
}
