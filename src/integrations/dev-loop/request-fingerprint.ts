// Middleware: in `astro dev`, notes the data files' digest when a request starts (read by DevFreshness.astro),
// and asks again for a page whose render failed while they were being saved (src/lib/dev/render-or-reload.ts).
import { defineMiddleware } from "astro:middleware";
import { inputsFingerprint } from "../../load/inputs.ts";
import { renderOrReload } from "../../lib/dev/render-or-reload.ts";

export const onRequest = defineMiddleware((context, next) => {
  if (!import.meta.env.DEV) return next();
  // At the start, not when the page is done: a save during the render must make the page look stale.
  const digest = inputsFingerprint();
  context.locals.inputsAtRequest = digest;
  return renderOrReload(next, digest, inputsFingerprint);
});
