// The components an MDX paper may use without importing them.
import Aside from "../components/mdx/Aside.astro";

export const mdxComponents = { Aside };
