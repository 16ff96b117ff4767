// Route: /favicon.ico, drawn from public/favicon.svg at build time, for clients that ask for it by name.
import type { APIRoute } from "astro";
import { Resvg } from "@resvg/resvg-js";
import svg from "../../public/favicon.svg?raw";
import { icoFromPngs } from "../lib/favicon.ts";

export const GET: APIRoute = () => {
  const images = [16, 32, 48].map((size) => ({ size, png: new Resvg(svg, { fitTo: { mode: "width", value: size } }).render().asPng() }));
  return new Response(Buffer.from(icoFromPngs(images)), { headers: { "content-type": "image/x-icon" } });
};
