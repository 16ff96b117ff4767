// Splits text into runs of Chinese (Han and full-width punctuation) and of anything else, so each run can carry its lang.
const HAN_RUN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/gu;

export interface ScriptRun {
  text: string;
  han: boolean;
}

export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let at = 0;
  for (const match of text.matchAll(HAN_RUN)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index), han: false });
    runs.push({ text: match[0], han: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), han: false });
  return runs;
}
