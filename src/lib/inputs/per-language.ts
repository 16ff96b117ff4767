// A value given once per language of the locale table, as the data files write it ({ zh: …, en: … }): one schema for all of them.
import { z } from "zod";
import { perLang, type Lang } from "../i18n/locales.ts";

/** A strict object with one `schema` per language, in the table's order: a language left out or a misspelt key is reported. */
export function perLanguage<T extends z.ZodType>(schema: T): z.ZodObject<Record<Lang, T>, z.core.$strict> {
  return z.strictObject(perLang(() => schema));
}
