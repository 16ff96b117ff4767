declare namespace App {
  interface Locals {
    /** `astro dev` only: the data files' digest when the request started (src/integrations/dev-loop/request-fingerprint.ts). */
    inputsAtRequest?: string;
  }
}
