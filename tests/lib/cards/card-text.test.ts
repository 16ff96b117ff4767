// Bounded card text: a huge title is cut with a message and renders fast; control characters never reach the card or the terminal.
import { describe, expect, it, vi } from "vitest";
import { MAX_TITLE_CHARS, boundCardText, truncated, withoutControls } from "../../../src/lib/cards/card-text.ts";
import { renderSocialCard, type SocialCard } from "../../../src/lib/cards/social-card.ts";

const card = (title: string): SocialCard => ({ id: "en", lang: "en", title, siteName: "Paper", languageLabel: "English" });

describe("withoutControls", () => {
  it("turns tabs and line breaks into spaces and removes ESC, NUL, DEL and C1 controls", () => {
    expect(withoutControls("a\tb\nc\u001b[31md\u0000e\u007ff\u009bg")).toEqual({ text: "a b c[31mdefg", removed: ["\t", "\n", "\u001b", "\u0000", "\u007f", "\u009b"] });
  });
});

describe("truncated", () => {
  it("keeps a title up to the limit and cuts a longer one at a word, with an ellipsis", () => {
    expect(truncated("short")).toBe("short");
    const long = "word ".repeat(200);
    const cut = truncated(long);
    expect(Array.from(cut).length).toBeLessThanOrEqual(MAX_TITLE_CHARS + 1);
    expect(cut).toMatch(/ word…$/);
    expect(Array.from(truncated("互".repeat(1000))).length).toBe(MAX_TITLE_CHARS + 1);
  });
});

describe("boundCardText", () => {
  it("names the card, the field and each control character by code point, never raw", () => {
    const { card: bounded, messages } = boundCardText(card("Title\u001b[2J with ESC"));
    expect(bounded.title).toBe("Title[2J with ESC");
    expect(messages).toEqual(['Social card "en": removed control character(s) U+001B from the title.']);
    expect(messages.join("")).not.toMatch(/\p{Cc}/u);
  });
});

describe("a 200,000-character title", () => {
  it("renders, cut, with a message, in under a second once the renderer is warm", async () => {
    await renderSocialCard(card("Warm-up title"));
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const started = performance.now();
    const png = await renderSocialCard(card("Internet finance ".repeat(12_000).slice(0, 200_000)));
    const elapsed = performance.now() - started;
    expect(png.length).toBeGreaterThan(1000);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^Social card "en": the title is longer than 160 characters; the card shows its first 160\.$/));
    warn.mockRestore();
    console.log(`200,000-character title: ${elapsed.toFixed(0)} ms`);
    expect(elapsed).toBeLessThan(1000);
  });
});
