// Middleware: in `astro dev`, notes the data files' digest when a request starts (read by DevFreshness.astro).
import { defineMiddleware } from "astro:middleware";
import { inputsFingerprint } from "../../load/inputs.ts";

export const onRequest = defineMiddleware((context, next) => {
  // At the start, not when the page is done: a save during the render must make the page look stale.
  if (import.meta.env.DEV) context.locals.inputsAtRequest = inputsFingerprint();
  return next();
});
