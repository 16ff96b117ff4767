// Whether a node of the page's tree is an element with a given class: the check the page-time steps and the side-by-side view share.
import type { ElementContent, RootContent } from "hast";

export function hasClass(node: RootContent | ElementContent | undefined, name: string): boolean {
  if (node?.type !== "element") return false;
  const cls = node.properties["className"];
  return Array.isArray(cls) && cls.includes(name);
}
