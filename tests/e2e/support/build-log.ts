// Reads an `astro build` log: which lines are Astro's own, and which are warnings.
/** Astro's lines: time-stamped (`12:00:00 [build] …`, the route list), blank, the section titles and the telemetry notice. */
const ASTRO_LINE = [
  /^\d\d:\d\d:\d\d /,
  /^\s*$/,
  /^ generating (static routes|optimized images) $/,
  /^▶ Astro collects anonymous usage data\.$/,
  /^ {2}(This information helps us improve Astro\.|Run "astro telemetry disable" to opt-out\.|https:\/\/astro\.build\/telemetry)$/,
];

/** What a warning looks like, from Astro ([WARN]), Vite ((!)) or Node ((node:PID) …Warning). */
const WARNING = /\[WARN\]|Warning|\(node:\d+\)|^\s*\(!\)/;

export function warningLines(log: string): string[] {
  return log.split("\n").filter((line) => WARNING.test(line));
}

/** Every line that is not Astro's own (a warning inside a route line is caught by warningLines). */
export function foreignLines(log: string): string[] {
  return log.split("\n").filter((line) => !ASTRO_LINE.some((pattern) => pattern.test(line)));
}

/** Lines of a stack trace, or naming the build's bundled chunks (dist/.prerender/chunks/…). */
export function stackLines(log: string): string[] {
  return log.split("\n").filter((line) => /^\s+at\s/.test(line) || /\.prerender|\/chunks\//.test(line));
}

/** How many times `text` is in the log. */
export function timesPrinted(log: string, text: string): number {
  return log.split(text).length - 1;
}
