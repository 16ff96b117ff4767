// The demo paper with a long display equation and an 8-column table appended in both languages, as a new author might write.
import { demoProject } from "./demo-project.ts";
import type { FixtureProject } from "./fixture-project.ts";

export const COLUMNS = ["Variable", "Obs", "Unit", "Source", "Mean", "SD", "Min", "Max"];
/** Cells long enough that the table is wider than an A4 page's text block (about 640 CSS px). */
export const ROWS = [
  ["Online consumer loan balance", "1200", "billion yuan", "People’s Bank of China lending survey", "2154.7", "812.9", "930.1", "3820.6"],
  ["Registered platform users", "1200", "million people", "China Internet Network Information Center", "130.4", "45.2", "80.0", "190.0"],
];
/** A panel regression as long as the (353–526 px of formula on a 390 px phone). */
export const EQUATION = String.raw`y_{it} = \alpha + \beta_1 x_{1,it} + \beta_2 x_{2,it} + \beta_3 x_{3,it} + \gamma_1 z_{it} + \gamma_2 z_{it}^{2} + \delta D_t + \mu_i + \varepsilon_{it} \label{eq-panel}`;

/** The section appended to each language's paper: the two files stay aligned (one paragraph, equation, table). */
function section(lang: "zh" | "en"): string {
  const row = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  const text = lang === "zh" ? "面板模型如下，描述统计见[@tbl-wide]。" : "The panel model is below; [@tbl-wide] describes the data.";
  const caption = lang === "zh" ? "(#tbl-wide) 变量的描述统计。" : "(#tbl-wide) Descriptive statistics of the variables.";
  return [`\n## 4. ${lang === "zh" ? "模型" : "Model"}\n`, text, "", "$$", EQUATION, "$$", "", row(COLUMNS), row(COLUMNS.map(() => "---")), ...ROWS.map(row), "", caption, ""].join("\n");
}

/** A DOI on the demo's one reference: printed once in each PDF's reference list. */
export const DOI = "10.5555/demo.2020.1";

export function wideProject(): FixtureProject {
  const project = demoProject();
  project.edit("bibliography/references.bib", (bib) => bib.replace("  year      = {2020},", `  year      = {2020},\n  doi       = {${DOI}},`));
  for (const lang of ["zh", "en"] as const) project.edit(`content/paper/${lang}.mdx`, (text) => text + section(lang));
  return project;
}
