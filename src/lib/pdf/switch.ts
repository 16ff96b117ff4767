// The BUILD_PDF switch: PDFs cost seconds of printing, so they are made (and linked) only when asked for.

export function pdfEnabled(env: Record<string, string | undefined>): boolean {
  const value = (env["BUILD_PDF"] ?? "").trim().toLowerCase();
  return value !== "" && !["0", "false", "no", "off"].includes(value);
}

/** The PDF of a language version, relative to the base: "zh/paper.pdf". */
export function pdfPath(lang: string): string {
  return `${lang}/paper.pdf`;
}

/** A language's PDF, relative to the base, when the build prints the PDFs; else undefined, and no page links one. */
export function printedPdfPath(printed: boolean, lang: string): string | undefined {
  return printed ? pdfPath(lang) : undefined;
}
