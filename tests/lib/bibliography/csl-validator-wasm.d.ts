// csl-validator-wasm ships no types: it validates CSL (styles and locales) with the CSL 1.0.2 schema.
declare module "csl-validator-wasm" {
  /** Resolves to rnv's report: empty when the document is valid. */
  export function validateStyle(xml: string): Promise<string>;
}
