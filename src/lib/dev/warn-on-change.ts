// Build warnings that the dev server, which resolves the paper on every request, repeats only when they change.

const last = new Map<string, string>();

/**
 * Prints `message` unless it is what this `topic` printed last. Starts on a line of its own: Astro prints
 * page names without a line break while it renders them.
 */
export function warnOnChange(topic: string, message: string): void {
  if (last.get(topic) !== message) console.warn(`\n${message}`);
  last.set(topic, message);
}
