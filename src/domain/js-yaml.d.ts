// The YAML reader Astro's content layer uses for front matter (js-yaml 4, a dependency of astro), typed for the
// one call content-validation.ts makes; the package ships no types.
declare module "js-yaml" {
  export const CORE_SCHEMA: unknown;
  export function load(text: string, options?: { schema?: unknown }): unknown;
}
