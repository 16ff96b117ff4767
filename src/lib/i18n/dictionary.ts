// The shape of an interface dictionary: the Chinese one's keys, each a string or a function returning one.
import type { zh } from "./dictionaries/zh.ts";

export type Dictionary = { [K in keyof typeof zh]: (typeof zh)[K] extends (...args: infer A) => string ? (...args: A) => string : string };
