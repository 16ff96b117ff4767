// Where a URL in running text may break: after a slash, never at one of its own hyphens (a reader takes "paper-|site" for a hyphenated word).

export type UrlPiece = { text: string; kind: "text" | "nobreak" } | { kind: "break" };

const URL = /https?:\/\/[^\s<>"]+/gu;

/** The URL's pieces: a hyphen with its neighbours kept together, and a break opportunity after each slash of its path. */
function urlPieces(url: string): UrlPiece[] {
  const out: UrlPiece[] = [];
  const scheme = /^https?:\/\//u.exec(url)?.[0] ?? "";
  out.push({ text: scheme, kind: "text" });
  for (const part of url.slice(scheme.length).split(/(?<=\/)/u)) {
    let at = 0;
    for (const m of part.matchAll(/.-+./gu)) {
      if (m.index > at) out.push({ text: part.slice(at, m.index), kind: "text" });
      out.push({ text: m[0], kind: "nobreak" });
      at = m.index + m[0].length;
    }
    if (at < part.length) out.push({ text: part.slice(at), kind: "text" });
    if (part.endsWith("/")) out.push({ kind: "break" });
  }
  return out.filter((p) => p.kind === "break" || p.text !== "");
}

/** The text as pieces whose texts concatenate to it, URLs cut as urlPieces says. */
export function urlBreakPieces(text: string): UrlPiece[] {
  const out: UrlPiece[] = [];
  let at = 0;
  for (const m of text.matchAll(URL)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index), kind: "text" });
    out.push(...urlPieces(m[0]));
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), kind: "text" });
  return out;
}
