// Astro's middleware entry: only the dev loop's request fingerprint (src/integrations/dev-loop/).
export { onRequest } from "./integrations/dev-loop/request-fingerprint.ts";
