// Types for astrocite-ris, which ships none: it parses RIS text into CSL-JSON items.
declare module "astrocite-ris" {
  export function parse(text: string): Record<string, unknown>[];
}
