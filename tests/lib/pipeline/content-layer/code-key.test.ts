// The content layer's cache key: Astro re-renders the paper when any module of the Markdown pipeline changes, the interface strings included.
import { describe, expect, it } from "vitest";
import { moduleDigest, moduleGraph } from "../../../../src/lib/cache/module-digest.ts";
import { contentLayerCode, rehypePlugins } from "../../../../src/lib/pipeline/content-layer/markdown-options.ts";

const ENTRY = "src/lib/pipeline/content-layer/markdown-options.ts";

describe("the content layer's code key", () => {
  it("covers every module the processor options reach, and the packages they import", () => {
    const { modules, packages } = moduleGraph(process.cwd(), [ENTRY]);
    expect(modules).toEqual(
      expect.arrayContaining([ENTRY, "src/lib/pipeline/content-layer/figures.ts", "src/lib/pipeline/content-layer/footnotes.ts", "src/lib/pipeline/file/line-marks.ts", "src/lib/i18n/ui.ts", "src/lib/cache/module-digest.ts"]),
    );
    expect(Object.keys(packages)).toEqual(expect.arrayContaining(["remark-gfm", "remark-math", "temml"]));
  });

  it("is what the options give Astro's config (as the line-marks plugin's unused `code` option)", () => {
    const [, options] = rehypePlugins[0] as [unknown, { code: string }];
    expect(options.code).toBe(contentLayerCode());
    expect(options.code).toBe(moduleDigest(process.cwd(), [ENTRY]));
  });
});
