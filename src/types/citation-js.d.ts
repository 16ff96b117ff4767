// Types for the parts of citation-js the site uses; the packages ship none.
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): string | unknown;
  }
  export const plugins: { config: { get: (name: string) => unknown } };
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
