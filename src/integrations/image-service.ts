// Astro image service: Astro's sharp service, keeping for each WebP variant the smaller of its lossy and lossless encodings.
import type { LocalImageService } from "astro";
import sharpService, { type SharpImageServiceConfig } from "astro/assets/services/sharp";

/**
 * Lossy WebP, Astro's default, suits photographs; a chart with flat colours, thin lines and text comes out larger
 * than the PNG it was made from (a 4 kB PNG gave 7–11 kB variants), where lossless WebP is a fraction of either.
 * So each variant is encoded both ways and the smaller kept. The file stays WebP at the URL Astro gave it; lossless
 * is the better picture too, so choosing it by size never costs quality. tests/e2e/image-size.test.ts compares
 * every variant with the PNG of the same width.
 */
const service: LocalImageService<SharpImageServiceConfig> = {
  ...sharpService,
  async transform(input, transform, config, logger) {
    const lossy = await sharpService.transform(input, transform, config, logger);
    if (lossy.format !== "webp") return lossy;
    const serviceConfig = config.service.config;
    const losslessConfig: typeof config = {
      ...config,
      service: { ...config.service, config: { ...serviceConfig, webp: { ...serviceConfig.webp, lossless: true } } },
    };
    const lossless = await sharpService.transform(input, transform, losslessConfig, logger);
    return lossless.data.byteLength < lossy.data.byteLength ? lossless : lossy;
  },
};

export default service;
