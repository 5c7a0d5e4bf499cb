// The `resources` option of assets: names or resource definitions by name, and the ctx.resources type they give.
import { isResourceDefinition, type ResourceDefinition, type ResourceValueOf } from "./resource";

/** Resources an asset uses: their names, or their definitions by name so ctx.resources is typed. */
export type ResourceRequirements = readonly string[] | Readonly<Record<string, ResourceDefinition<unknown>>>;

/** ctx.resources for a requirement: unknown values for names, each setup's return type for definitions. */
export type ResourcesOf<TRequirements> = TRequirements extends readonly (infer TName extends string)[]
  ? { readonly [Name in TName]: unknown }
  : { readonly [Name in keyof TRequirements]: ResourceValueOf<TRequirements[Name]> };

/** The declared names in declaration order, and problems (prefixed with `label`) with the option's shape. */
export function resourceKeyProblems(label: string, requirements: unknown): { keys: string[]; problems: string[] } {
  if (requirements === undefined) return { keys: [], problems: [] };
  const problems: string[] = [];
  let keys: string[] = [];
  if (Array.isArray(requirements)) {
    requirements.forEach((name: unknown, index) => {
      if (typeof name === "string" && name !== "") keys.push(name);
      else problems.push(`${label}: resources[${index}] must be a resource name such as "warehouse".`);
    });
  } else if (typeof requirements === "object" && requirements !== null) {
    for (const [name, definition] of Object.entries(requirements)) {
      if (isResourceDefinition(definition)) keys.push(name);
      else
        problems.push(
          `${label}: resources.${name} is not a resource definition; pass the value returned by resource(), or list the name in an array.`,
        );
    }
  } else {
    problems.push(
      `${label}: resources must be an array of names (["warehouse"]) or an object of resource definitions ({ warehouse }).`,
    );
  }
  keys = [...new Set(keys)];
  return { keys, problems };
}
