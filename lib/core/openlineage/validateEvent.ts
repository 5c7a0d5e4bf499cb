// Validates OpenLineage events against the specification's JSON Schemas (draft 2020-12): the event's own shape, then
// each standard facet where it may appear. Facets the specification does not define are checked only as facets
// (`_producer` and `_schemaURL`), so custom facets pass through. Pure: the schemas are imported, not read.
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { FACET_SCHEMAS } from "./facetSchemas";
import openLineageSchema from "./spec/OpenLineage.json";

/** One way an event breaks the specification: where (a JSON pointer into the request), which rule, and why. */
export interface LineageEventProblem {
  path: string;
  rule: string;
  message: string;
}

/** Where a facet sits in an event: each place has its own set of standard facets. */
type FacetPlace = "run" | "job" | "dataset" | "input" | "output";

const EVENT_ID = openLineageSchema.$id;

/** Each standard facet's schema reference, by place and facet name. */
function standardFacetRefs(): Map<string, string> {
  const refs = new Map<string, string>();
  const add = (place: FacetPlace, name: string, ref: string) => refs.set(`${place}:${name}`, ref);
  for (const [file, schema] of Object.entries(FACET_SCHEMAS)) {
    const id = schema.$id;
    const name = Object.keys(schema.properties)[0] as string;
    const whole = `${id}#/properties/${name}`;
    if (file === "LineageFacet") {
      add("dataset", name, `${id}#/$defs/LineageDatasetFacet`);
      add("job", name, `${id}#/$defs/LineageJobFacet`);
    } else if (file === "BaseSubsetDatasetFacet") {
      add("input", name, `${id}#/$defs/InputSubsetInputDatasetFacet`);
      add("output", name, `${id}#/$defs/OutputSubsetOutputDatasetFacet`);
    } else if (file === "DataQualityAssertionsDatasetFacet") {
      // An input facet in the specification, which producers also send on the dataset itself.
      add("input", name, whole);
      add("dataset", name, whole);
    } else if (file.endsWith("InputDatasetFacet")) add("input", name, whole);
    else if (file.endsWith("OutputDatasetFacet")) add("output", name, whole);
    else if (file.endsWith("DatasetFacet")) add("dataset", name, whole);
    else if (file.endsWith("RunFacet")) add("run", name, whole);
    else if (file.endsWith("JobFacet")) add("job", name, whole);
  }
  return refs;
}

interface Validators {
  runEvent: ValidateFunction;
  datasetEvent: ValidateFunction;
  jobEvent: ValidateFunction;
  facet(place: FacetPlace, name: string): ValidateFunction | null;
}

let validators: Validators | null = null;

/** Compiled once, on first use: compiling the specification takes longer than validating a thousand events. */
function compiled(): Validators {
  if (validators) return validators;
  const ajv = new Ajv2020({ strict: false, allErrors: false });
  addFormats(ajv);
  ajv.addSchema(openLineageSchema);
  for (const schema of Object.values(FACET_SCHEMAS)) ajv.addSchema(schema);
  const refs = standardFacetRefs();
  const facetValidators = new Map<string, ValidateFunction>();
  const compile = (ref: string) => ajv.compile({ $ref: ref });
  validators = {
    runEvent: compile(`${EVENT_ID}#/$defs/RunEvent`),
    datasetEvent: compile(`${EVENT_ID}#/$defs/DatasetEvent`),
    jobEvent: compile(`${EVENT_ID}#/$defs/JobEvent`),
    facet(place, name) {
      const key = `${place}:${name}`;
      const known = facetValidators.get(key);
      if (known) return known;
      const ref = refs.get(key);
      if (!ref) return null;
      const validate = compile(ref);
      facetValidators.set(key, validate);
      return validate;
    },
  };
  return validators;
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === "enum" && Array.isArray(params.allowedValues))
    return `must be one of ${params.allowedValues.map((value) => JSON.stringify(value)).join(", ")}`;
  if (error.keyword === "format") return `must be a valid ${String(params.format)}`;
  return error.message ?? error.keyword;
}

function problemsOf(errors: readonly ErrorObject[] | null | undefined, at: string): LineageEventProblem[] {
  // anyOf/oneOf/allOf only say that a branch failed; the branch's own error says where and why.
  const specific = (errors ?? []).filter((e) => !["anyOf", "oneOf", "allOf", "if"].includes(e.keyword));
  return (specific.length > 0 ? specific : (errors ?? [])).slice(0, 5).map((error) => {
    const missing = (error.params as { missingProperty?: unknown }).missingProperty;
    const path = `${at}${error.instancePath}${typeof missing === "string" ? `/${missing}` : ""}`;
    return { path: path || "/", rule: error.keyword, message: describe(error) };
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function facetProblems(facets: unknown, place: FacetPlace, at: string): LineageEventProblem[] {
  if (!isObject(facets)) return [];
  const problems: LineageEventProblem[] = [];
  for (const [name, facet] of Object.entries(facets)) {
    // A deleted facet carries only its marker.
    if (isObject(facet) && facet._deleted === true) continue;
    const validate = compiled().facet(place, name);
    if (validate && !validate(facet)) problems.push(...problemsOf(validate.errors, `${at}/${escapePointer(name)}`));
  }
  return problems;
}

function escapePointer(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}

function datasetFacetProblems(datasets: unknown, side: "inputs" | "outputs", at: string): LineageEventProblem[] {
  if (!Array.isArray(datasets)) return [];
  return datasets.flatMap((dataset, index) => {
    if (!isObject(dataset)) return [];
    const here = `${at}/${side}/${index}`;
    return [
      ...facetProblems(dataset.facets, "dataset", `${here}/facets`),
      ...(side === "inputs"
        ? facetProblems(dataset.inputFacets, "input", `${here}/inputFacets`)
        : facetProblems(dataset.outputFacets, "output", `${here}/outputFacets`)),
    ];
  });
}

/** Which of the three events a value means to be: a run event names its run or its event type. */
export function lineageEventKind(value: Record<string, unknown>): "RunEvent" | "DatasetEvent" | "JobEvent" {
  if ("run" in value || "eventType" in value) return "RunEvent";
  if ("dataset" in value) return "DatasetEvent";
  return "JobEvent";
}

/**
 * The problems of one event, empty when it is valid. `at` prefixes every path: the event's place in a request
 * ("/3" for the fourth event of an array).
 */
export function lineageEventProblems(value: unknown, at = ""): LineageEventProblem[] {
  if (!isObject(value)) return [{ path: at || "/", rule: "type", message: "must be an OpenLineage event object" }];
  const kind = lineageEventKind(value);
  const v = compiled();
  const validate = kind === "RunEvent" ? v.runEvent : kind === "DatasetEvent" ? v.datasetEvent : v.jobEvent;
  if (!validate(value)) return problemsOf(validate.errors, at);
  const problems: LineageEventProblem[] = [];
  if (isObject(value.run)) problems.push(...facetProblems(value.run.facets, "run", `${at}/run/facets`));
  if (isObject(value.job)) problems.push(...facetProblems(value.job.facets, "job", `${at}/job/facets`));
  if (isObject(value.dataset)) problems.push(...facetProblems(value.dataset.facets, "dataset", `${at}/dataset/facets`));
  problems.push(
    ...datasetFacetProblems(value.inputs, "inputs", at),
    ...datasetFacetProblems(value.outputs, "outputs", at),
  );
  return problems;
}
