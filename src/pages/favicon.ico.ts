// Route: /favicon.ico, drawn from public/favicon.svg at build time, for clients that ask for it by name.
import type { APIRoute } from "astro";
import { Resvg } from "@resvg/resvg-js";
import svg from "../../public/favicon.svg?raw";
import { icoFromPngs } from "../lib/site/favicon.ts";

// The icon draws no text, so resvg need not scan the system's fonts (70 ms with the CJK fonts installed).
const options = (size: number) => ({ fitTo: { mode: "width" as const, value: size }, font: { loadSystemFonts: false } });

export const GET: APIRoute = () => {
  const images = [16, 32, 48].map((size) => ({ size, png: new Resvg(svg, options(size)).render().asPng() }));
  return new Response(Buffer.from(icoFromPngs(images)), { headers: { "content-type": "image/x-icon" } });
};
