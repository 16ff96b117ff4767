// The build names each English paragraph whose Chinese changed since it was acknowledged; strict fails; acknowledging clears it.
import { spawnSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { fixtureProject } from "./support/fixture-project.ts";

const project = fixtureProject();
afterAll(() => project.dispose());

const warningLines = (output: string) => {
  const start = output.split("\n").findIndex((l) => l.includes("[translation]"));
  if (start === -1) return [];
  const lines = output.split("\n").slice(start + 1);
  return lines.slice(0, lines.findIndex((l) => !l.startsWith("  ")));
};

describe("stale translation in the build", () => {
  it("warns once, naming the English paragraph's file and line, after one Chinese sentence is edited", () => {
    project.edit("content/paper/zh.md", (t) => t.replace("2009 年手机快捷支付出现", "2009 年手机支付出现"));
    const { status, output } = project.build();
    expect(status, output).toBe(0);
    expect(output.match(/\[translation\]/g), output).toHaveLength(1);
    expect(warningLines(output)).toEqual([
      "  content/paper/en.md:75 (sec-4-2-p2): the Chinese at content/paper/zh.md:69 changed: “2009 年手机支付出现，为互联网金融的发展打好了地基。”",
    ]);
  });

  it("fails the build with STRICT_TRANSLATION=1", () => {
    const { status, output } = project.build({ STRICT_TRANSLATION: "1" });
    expect(status).not.toBe(0);
    expect(output).toContain("content/paper/en.md:75 (sec-4-2-p2)");
    expect(output).toContain("STRICT_TRANSLATION is set, so this fails the build.");
  });

  it("builds without the warning, even strictly, after `npm run translation:ack`", () => {
    const ack = spawnSync("npm", ["run", "--silent", "translation:ack"], { cwd: project.dir, encoding: "utf8" });
    expect(ack.status, ack.stderr).toBe(0);
    expect(ack.stdout).toBe(
      "content/paper/translation-status.yaml: acknowledged every part of the paper: 21 headings, 35 paragraphs; the English there translates the Chinese as it is now.\n",
    );
    const status = spawnSync("npm", ["run", "--silent", "translation:status"], { cwd: project.dir, encoding: "utf8" });
    expect(status.stdout).toContain("56 up to date, 0 stale, 0 new, 0 removed");
    const build = project.build({ STRICT_TRANSLATION: "1" });
    expect(build.status, build.output).toBe(0);
    expect(build.output).not.toContain("[translation]");
  });
});
