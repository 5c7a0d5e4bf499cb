// A realistic OpenLineage sequence for tests, as dbt-ol sends it for `dbt build` of a jaffle-shop-like project: one
// parent run, three seeds, ten models (schema, column lineage and row counts on each), a model that fails and is
// retried, and two test jobs whose assertions land on the models they test (one failing, with severity warn).

const PRODUCER = "https://github.com/OpenLineage/OpenLineage/tree/1.30.0/integration/dbt";
const RUN_EVENT_SCHEMA = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent";
const WAREHOUSE = "postgres://warehouse:5432";
const DBT = "dbt";
export const DBT_PARENT_JOB = "dbt-run-jaffle_shop";
export const DBT_PARENT_RUN_ID = "0b1c2d3e-0000-4000-8000-000000000000";

function facet(schema: string, body: Record<string, unknown>) {
  return { _producer: PRODUCER, _schemaURL: `https://openlineage.io/spec/facets/${schema}`, ...body };
}

function runId(n: number): string {
  return `0b1c2d3e-0000-4000-8000-${String(n).padStart(12, "0")}`;
}

interface Model {
  name: string;
  schema: "raw" | "staging" | "analytics";
  inputs: string[];
  columns: Record<string, string[]>;
  rows: number;
}

const MODELS: Model[] = [
  { name: "raw_customers", schema: "raw", inputs: [], columns: { id: [], first_name: [], last_name: [] }, rows: 100 },
  {
    name: "raw_orders",
    schema: "raw",
    inputs: [],
    columns: { id: [], user_id: [], order_date: [], status: [] },
    rows: 99,
  },
  { name: "raw_payments", schema: "raw", inputs: [], columns: { id: [], order_id: [], amount: [] }, rows: 113 },
  {
    name: "stg_customers",
    schema: "staging",
    inputs: ["raw_customers"],
    columns: { customer_id: ["raw_customers.id"], first_name: ["raw_customers.first_name"] },
    rows: 100,
  },
  {
    name: "stg_orders",
    schema: "staging",
    inputs: ["raw_orders"],
    columns: {
      order_id: ["raw_orders.id"],
      customer_id: ["raw_orders.user_id"],
      order_date: ["raw_orders.order_date"],
      status: ["raw_orders.status"],
    },
    rows: 99,
  },
  {
    name: "stg_payments",
    schema: "staging",
    inputs: ["raw_payments"],
    columns: { payment_id: ["raw_payments.id"], order_id: ["raw_payments.order_id"], amount: ["raw_payments.amount"] },
    rows: 113,
  },
  {
    name: "customers",
    schema: "analytics",
    inputs: ["stg_customers", "stg_orders", "stg_payments"],
    columns: {
      customer_id: ["stg_customers.customer_id"],
      first_name: ["stg_customers.first_name"],
      first_order: ["stg_orders.order_date"],
      lifetime_value: ["stg_payments.amount"],
    },
    rows: 100,
  },
  {
    name: "orders",
    schema: "analytics",
    inputs: ["stg_orders", "stg_payments"],
    columns: {
      order_id: ["stg_orders.order_id"],
      customer_id: ["stg_orders.customer_id"],
      status: ["stg_orders.status"],
      amount: ["stg_payments.amount"],
    },
    rows: 99,
  },
  {
    name: "customer_lifetime_value",
    schema: "analytics",
    inputs: ["customers", "orders"],
    columns: { customer_id: ["customers.customer_id"], value: ["orders.amount"] },
    rows: 100,
  },
  {
    name: "daily_revenue",
    schema: "analytics",
    inputs: ["orders"],
    columns: { day: ["orders.order_id"], revenue: ["orders.amount"] },
    rows: 31,
  },
  {
    name: "payment_methods",
    schema: "analytics",
    inputs: ["stg_payments"],
    columns: { order_id: ["stg_payments.order_id"], amount: ["stg_payments.amount"] },
    rows: 113,
  },
  {
    name: "first_orders",
    schema: "analytics",
    inputs: ["orders"],
    columns: { customer_id: ["orders.customer_id"], order_id: ["orders.order_id"] },
    rows: 62,
  },
  {
    name: "churn_risk",
    schema: "analytics",
    inputs: ["customers", "customer_lifetime_value"],
    columns: { customer_id: ["customers.customer_id"], score: ["customer_lifetime_value.value"] },
    rows: 100,
  },
];

const schemaOf = new Map(MODELS.map((m) => [m.name, m.schema]));

/** The dataset name dbt-ol gives a model: database.schema.table. */
export function dbtDatasetName(model: string): string {
  return `jaffle_shop.${schemaOf.get(model) ?? "analytics"}.${model}`;
}

/** The asset key Strata gives a model's dataset. */
export function dbtAssetKey(model: string): string {
  return `postgres_warehouse_5432/jaffle_shop/${schemaOf.get(model) ?? "analytics"}/${model}`;
}

function dataset(model: string) {
  return { namespace: WAREHOUSE, name: dbtDatasetName(model) };
}

function output(model: Model) {
  const columnLineage = Object.fromEntries(
    Object.entries(model.columns)
      .filter(([, sources]) => sources.length > 0)
      .map(([column, sources]) => [
        column,
        {
          inputFields: sources.map((source) => {
            const [table, field] = source.split(".") as [string, string];
            return { ...dataset(table), field };
          }),
        },
      ]),
  );
  return {
    ...dataset(model.name),
    facets: {
      schema: facet("1-2-0/SchemaDatasetFacet.json#/$defs/SchemaDatasetFacet", {
        fields: Object.keys(model.columns).map((name) => ({ name, type: name.endsWith("id") ? "integer" : "text" })),
      }),
      ...(Object.keys(columnLineage).length > 0
        ? {
            columnLineage: facet("1-2-0/ColumnLineageDatasetFacet.json#/$defs/ColumnLineageDatasetFacet", {
              fields: columnLineage,
            }),
          }
        : {}),
      documentation: facet("1-1-0/DocumentationDatasetFacet.json#/$defs/DocumentationDatasetFacet", {
        description: `The ${model.name.replaceAll("_", " ")} table.`,
      }),
    },
    outputFacets: {
      outputStatistics: facet(
        "1-0-2/OutputStatisticsOutputDatasetFacet.json#/$defs/OutputStatisticsOutputDatasetFacet",
        {
          rowCount: model.rows,
          size: model.rows * 128,
        },
      ),
    },
  };
}

function parentFacet() {
  return facet("1-2-0/ParentRunFacet.json#/$defs/ParentRunFacet", {
    run: { runId: DBT_PARENT_RUN_ID },
    job: { namespace: DBT, name: DBT_PARENT_JOB },
  });
}

function event(
  eventType: string,
  at: Date,
  run: string,
  jobName: string,
  body: { inputs?: unknown[]; outputs?: unknown[]; runFacets?: Record<string, unknown> },
) {
  return {
    eventType,
    eventTime: at.toISOString(),
    producer: PRODUCER,
    schemaURL: RUN_EVENT_SCHEMA,
    run: {
      runId: run,
      facets: { ...(jobName === DBT_PARENT_JOB ? {} : { parent: parentFacet() }), ...body.runFacets },
    },
    job: {
      namespace: DBT,
      name: jobName,
      facets: {
        jobType: facet("2-0-4/JobTypeJobFacet.json#/$defs/JobTypeJobFacet", {
          processingType: "BATCH",
          integration: "DBT",
          jobType: jobName === DBT_PARENT_JOB ? "JOB" : "MODEL",
        }),
      },
    },
    inputs: body.inputs ?? [],
    outputs: body.outputs ?? [],
  };
}

/** The model whose first attempt fails, and the message it fails with. */
export const FAILING_MODEL = "daily_revenue";
export const FAILURE_MESSAGE = 'column "revenue" does not exist';

/** The whole `dbt build`, events one second apart from `start`. */
export function dbtBuildEvents(start: Date): Record<string, unknown>[] {
  let second = 0;
  const next = () => new Date(start.getTime() + 1000 * second++);
  let n = 1;
  const events: Record<string, unknown>[] = [event("START", next(), DBT_PARENT_RUN_ID, DBT_PARENT_JOB, {})];
  for (const model of MODELS) {
    const kind = model.schema === "raw" ? "seed" : "model";
    const jobName = `jaffle_shop.${kind}.jaffle_shop.${model.name}`;
    const inputs = model.inputs.map(dataset);
    const attempts = model.name === FAILING_MODEL ? 2 : 1;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const id = runId(n++);
      events.push(event("START", next(), id, jobName, { inputs, outputs: [dataset(model.name)] }));
      if (attempt < attempts)
        events.push(
          event("FAIL", next(), id, jobName, {
            inputs,
            outputs: [dataset(model.name)],
            runFacets: {
              errorMessage: facet("1-0-1/ErrorMessageRunFacet.json#/$defs/ErrorMessageRunFacet", {
                message: FAILURE_MESSAGE,
                programmingLanguage: "SQL",
              }),
            },
          }),
        );
      else events.push(event("COMPLETE", next(), id, jobName, { inputs, outputs: [output(model)] }));
    }
  }
  const tests: { model: string; assertions: Record<string, unknown>[] }[] = [
    {
      model: "customers",
      assertions: [
        { assertion: "not_null", column: "customer_id", success: true, severity: "error" },
        { assertion: "unique", column: "customer_id", success: true, severity: "error" },
      ],
    },
    {
      model: "orders",
      assertions: [
        { assertion: "not_null", column: "order_id", success: true, severity: "error" },
        { assertion: "accepted_values", column: "status", success: false, severity: "warn" },
      ],
    },
  ];
  for (const test of tests) {
    const id = runId(n++);
    const jobName = `jaffle_shop.test.jaffle_shop.${test.model}`;
    events.push(event("START", next(), id, jobName, { inputs: [dataset(test.model)] }));
    events.push(
      event("COMPLETE", next(), id, jobName, {
        inputs: [
          {
            ...dataset(test.model),
            inputFacets: {
              dataQualityAssertions: facet(
                "1-1-0/DataQualityAssertionsDatasetFacet.json#/$defs/DataQualityAssertionsDatasetFacet",
                { assertions: test.assertions },
              ),
            },
          },
        ],
      }),
    );
  }
  events.push(event("COMPLETE", next(), DBT_PARENT_RUN_ID, DBT_PARENT_JOB, {}));
  return events;
}

/** The model names, in build order. */
export const DBT_MODELS = MODELS.map((m) => m.name);
