// Measurements taken inside the page: word gaps per line, horizontal overflow, tap-target sizes, lines per word.
import type { Page } from "playwright-core";
import type { EnginePage } from "./engines.ts";

export interface WordGap {
  /** The widest gap between two words on one line, in em of the text's font size. */
  em: number;
  /** A few words around it, to say where. */
  at: string;
  lines: number;
}

/**
 * The widest inter-word gap in the elements matched by `selector`: for every run of white space between two
 * visible characters on the same line, the width the white space takes (justification widens it), divided by
 * the font size there. Marks drawn between words (a note mark's generated text) are not counted as gap.
 * Lines are told apart by the characters' vertical centres.
 */
export function widestWordGap(page: Page, selector: string): Promise<WordGap> {
  return page.evaluate((sel) => {
    const charBox = (node: Text, at: number): DOMRect | undefined => {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      return rects.length === 1 ? rects[0] : undefined;
    };
    let worst = { em: 0, at: "", lines: 0 };
    const lineTops = new Set<number>();
    for (const block of document.querySelectorAll<HTMLElement>(sel)) {
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      const chars: { node: Text; at: number; space: boolean }[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n as Text;
        const parent = text.parentElement;
        if (!parent || parent.closest("[hidden], .citation-preview") || parent.getClientRects().length === 0) continue;
        for (let i = 0; i < text.data.length; i++) chars.push({ node: text, at: i, space: /\s/.test(text.data[i] ?? "") });
      }
      for (let i = 1; i < chars.length - 1; i++) {
        const c = chars[i];
        if (!c?.space || chars[i - 1]?.space) continue;
        let j = i;
        while (chars[j]?.space) j++;
        const before = chars[i - 1];
        const after = chars[j];
        if (!before || !after) continue;
        const a = charBox(before.node, before.at);
        const b = charBox(after.node, after.at);
        if (!a || !b) continue;
        const size = parseFloat(getComputedStyle(c.node.parentElement ?? block).fontSize);
        const sameLine = Math.abs((a.top + a.bottom) / 2 - (b.top + b.bottom) / 2) < size * 0.6;
        if (!sameLine) continue;
        lineTops.add(Math.round(b.top));
        let width = 0;
        for (let k = i; k < j; k++) {
          const space = chars[k];
          if (!space) continue;
          const range = document.createRange();
          range.setStart(space.node, space.at);
          range.setEnd(space.node, space.at + 1);
          for (const r of range.getClientRects()) width += r.width;
        }
        const em = width / size;
        if (em > worst.em) {
          const around = c.node.data.slice(Math.max(0, c.at - 20), c.at + 20);
          worst = { em, at: around, lines: 0 };
        }
      }
    }
    return { ...worst, lines: lineTops.size };
  }, selector);
}

/** How far the page is wider than the viewport, in px (0 when it fits). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth));
}

export interface Target {
  what: string;
  width: number;
  height: number;
}

/**
 * Every focusable control except links inside running text (`inline`, which WCAG 2.5.8 exempts), with its size.
 */
export function controlTargets(page: Page, inline: string): Promise<Target[]> {
  return page.evaluate((inlineSelector) => {
    const controls = document.querySelectorAll<HTMLElement>("a[href], button, summary, input, select, textarea, [tabindex]:not([tabindex='-1'])");
    const out: { what: string; width: number; height: number }[] = [];
    for (const el of controls) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (el.closest("[hidden], .citation-preview") || el.matches(inlineSelector)) continue;
      const label = el.getAttribute("aria-label") ?? el.textContent ?? "";
      out.push({ what: `${el.tagName.toLowerCase()}.${el.className} “${label.trim().slice(0, 30)}”`, width: Math.round(box.width * 10) / 10, height: Math.round(box.height * 10) / 10 });
    }
    return out;
  }, inline);
}

/**
 * Places in the elements matched by `selector` where a line breaks inside a word, by the browser's own
 * Intl.Segmenter, or inside one of `terms` (the glossary's kept terms): each word-like segment of two or
 * more characters, and each occurrence of a term, must have all its characters on one line.
 */
export function breaksInsideWords(page: Page | EnginePage, selector: string, locale: string, terms: readonly string[] = []): Promise<string[]> {
  const inPage = ([sel, loc, kept]: [string, string, readonly string[]]): string[] => {
    const found: string[] = [];
    const segmenter = new Intl.Segmenter(loc, { granularity: "word" });
    for (const el of document.querySelectorAll<HTMLElement>(sel ?? "")) {
      const chars: { node: Text; at: number }[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n as Text;
        for (let i = 0; i < text.data.length; i++) chars.push({ node: text, at: i });
      }
      const text = chars.map((c) => c.node.data[c.at]).join("");
      const centre = (k: number): number | undefined => {
        const c = chars[k];
        if (!c) return undefined;
        const range = document.createRange();
        range.setStart(c.node, c.at);
        range.setEnd(c.node, c.at + 1);
        const r = [...range.getClientRects()].find((x) => x.width > 0);
        return r ? (r.top + r.bottom) / 2 : undefined;
      };
      const size = parseFloat(getComputedStyle(el).fontSize);
      // In a language of spaced words, a quoted Chinese run (子之佳品差 in an English note) breaks between its characters.
      const spaced = !/^(zh|ja|ko)/u.test(loc);
      const spans: { index: number; segment: string }[] = [...segmenter.segment(text)].filter(
        (s) => s.isWordLike && s.segment.length >= 2 && !(spaced && /\p{Script=Han}/u.test(s.segment)),
      );
      for (const term of kept) for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) spans.push({ index: at, segment: term });
      for (const s of spans) {
        const first = centre(s.index);
        const last = centre(s.index + s.segment.length - 1);
        if (first !== undefined && last !== undefined && Math.abs(first - last) > size / 2) found.push(`${el.tagName} “${s.segment}” in “${text.trim().slice(0, 40)}”`);
      }
    }
    return found;
  };
  const arg: [string, string, readonly string[]] = [selector, locale, [...terms]];
  // Either engine's page (engines.ts): the function runs in the page, so it takes everything by its one argument.
  return "resize" in page ? page.evaluate(inPage, arg) : page.evaluate(inPage, arg);
}

/**
 * Marks and badges (`selector`) that are split over two lines, or that start a line: the last visible
 * character before each must share a line with it.
 */
export function strandedMarks(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const found: string[] = [];
    for (const mark of document.querySelectorAll<HTMLElement>(sel)) {
      const rects = [...mark.getClientRects()].filter((r) => r.width > 0);
      const first = rects[0];
      if (!first) continue;
      const name = `${mark.className} ${mark.dataset["mark"] ?? mark.textContent ?? ""}`;
      if (new Set(rects.map((r) => Math.round(r.top))).size > 1) found.push(`${name}: split`);
      // The nearest visible character before the mark, in document order, within its block.
      const block = mark.closest("p, li, h1, h2, h3, h4, dd") ?? mark.parentElement;
      if (!block) continue;
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      let before: DOMRect | undefined;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (mark.contains(n) || n.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_PRECEDING) break;
        const text = n as Text;
        if (text.parentElement?.closest(".citation-preview, [hidden]")) continue;
        for (let i = text.data.length - 1; i >= 0; i--) {
          if (/\s/.test(text.data[i] ?? "")) continue;
          const range = document.createRange();
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          before = [...range.getClientRects()].find((r) => r.width > 0) ?? before;
          break;
        }
      }
      const lineHeight = parseFloat(getComputedStyle(block).lineHeight) || 24;
      const gap = before ? Math.abs((before.top + before.bottom) / 2 - (first.top + first.bottom) / 2) : 0;
      if (gap > lineHeight / 2) found.push(`${name}: alone at the start of a line`);
    }
    return found;
  }, selector);
}
