"use client";
// "Test" on a schedule or sensor: a button that opens a dialog evaluating it now (a schedule at a tick time, a sensor
// from a cursor) and showing the runs it would request, or why it would skip, or the error and where it came from.
// Nothing is launched.
import { type FormEvent, useEffect, useState } from "react";
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import { usePermission } from "../auth/useViewer";
import { refusedControlProps } from "../auth/viewerPermission";
import { ModalDialog } from "../backfills/ModalDialog";
import { RunTags } from "../runs/RunTags";
import { Button } from "../ui/Button";
import { DataTable } from "../ui/DataTable";
import { type TestAnswer, type TestRunRequest, useTestInstigator } from "./useTestInstigator";
import type { InstigatorKind } from "./useToggleInstigator";

interface Props {
  kind: InstigatorKind;
  codeLocationName: string;
  name: string;
}

export function TestInstigatorButton(props: Props) {
  const [open, setOpen] = useState(false);
  const { refusal } = usePermission(props.kind === "schedule" ? "EDIT_SCHEDULES" : "EDIT_SENSORS");
  return (
    <>
      <Button
        aria-label={`Test ${props.name}`}
        className="h-7 px-2.5"
        onClick={() => !refusal && setOpen(true)}
        {...refusedControlProps(refusal)}
      >
        Test
      </Button>
      {open && <TestInstigatorDialog {...props} onClose={() => setOpen(false)} />}
    </>
  );
}

function TestInstigatorDialog({ kind, codeLocationName, name, onClose }: Props & { onClose: () => void }) {
  const test = useTestInstigator(kind);
  const [value, setValue] = useState("");
  const { mutate } = test;
  // Evaluate at once with the defaults (now, or the kept cursor): that is what most want to see.
  useEffect(() => mutate({ codeLocationName, name, value: "" }), [mutate, codeLocationName, name]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    test.mutate({ codeLocationName, name, value });
  };
  const schedule = kind === "schedule";

  return (
    <ModalDialog
      title={`Test ${name}`}
      subtitle={
        schedule
          ? "What a tick of this schedule would launch. Nothing is launched and no tick is recorded."
          : "What an evaluation of this sensor would launch. Nothing is launched, no tick is recorded and its cursor stays."
      }
      onClose={onClose}
      className="w-[820px]"
      footer={<Button onClick={onClose}>Close</Button>}
    >
      <form onSubmit={submit} className="mb-4 flex items-end gap-2">
        <label className="flex min-w-0 flex-1 flex-col gap-1 text-[12px] font-medium text-neutral-700">
          {schedule ? "Tick time (ISO 8601; empty for now)" : "Cursor (empty for the sensor's kept cursor)"}
          <input
            value={value}
            onChange={(e) => setValue(e.target.value)}
            maxLength={schedule ? 64 : 4096}
            placeholder={schedule ? "2026-12-05T06:00:00Z" : "kept cursor"}
            className="h-8 rounded-md px-2 font-mono text-[13px] font-normal ring-1 ring-neutral-300 ring-inset focus:ring-2 focus:ring-accent-500 focus:outline-none"
          />
        </label>
        <Button type="submit" variant="primary" disabled={test.isPending}>
          {test.isPending ? "Evaluating…" : "Evaluate"}
        </Button>
      </form>
      {test.isError ? (
        <Problem title="The test could not run" message={errorMessage(test.error)} />
      ) : test.data ? (
        <TestResult answer={test.data} />
      ) : (
        <p role="status" className="text-[13px] text-neutral-500">
          Evaluating…
        </p>
      )}
    </ModalDialog>
  );
}

function TestResult({ answer }: { answer: TestAnswer }) {
  switch (answer.__typename) {
    case "InvalidTestInputError":
      return <Problem title={`Invalid ${answer.field}`} message={answer.message} />;
    case "InstigatorNotFoundError":
    case "UnauthorizedError":
      return <Problem title="The test was refused" message={answer.message} />;
    case "ScheduleTestEvaluation":
    case "SensorTestEvaluation":
      return (
        <div className="flex flex-col gap-3 text-[13px]" aria-label="Test result">
          {answer.__typename === "ScheduleTestEvaluation" ? (
            <p className="text-neutral-700">
              Tick at <time className="font-mono">{answer.tickTime}</time>
            </p>
          ) : (
            <p className="text-neutral-700">
              Cursor after this evaluation:{" "}
              <code className="font-mono">{answer.cursor ?? <span className="text-neutral-500">none</span>}</code>
            </p>
          )}
          {answer.error && <Problem title="The evaluation failed" message={answer.error} />}
          {answer.skipReason && (
            <p className="rounded-md bg-neutral-50 px-3 py-2 text-neutral-700 ring-1 ring-neutral-200 ring-inset">
              Would skip: {answer.skipReason}
            </p>
          )}
          {answer.runRequests.length > 0 && <RunRequestsTable requests={answer.runRequests} />}
          {answer.__typename === "SensorTestEvaluation" && answer.logs.length > 0 && (
            <pre className="max-h-40 overflow-auto rounded-md bg-neutral-900 px-3 py-2 font-mono text-[12px] text-neutral-100">
              {answer.logs.join("\n")}
            </pre>
          )}
        </div>
      );
  }
}

function RunRequestsTable({ requests }: { requests: readonly TestRunRequest[] }) {
  return (
    <DataTable
      label="Run requests"
      columns={[
        {
          header: "Partition",
          width: "w-32",
          cell: (r) => r.partitionKey ?? <span className="text-neutral-500">Unpartitioned</span>,
        },
        { header: "Run key", width: "w-32", cell: (r) => r.runKey ?? <span className="text-neutral-500">—</span> },
        { header: "Tags", cell: (r) => <RunTags tags={r.tags} /> },
        {
          header: "Run config",
          width: "w-40",
          cell: (r) =>
            r.runConfigYaml ? (
              <pre className="font-mono text-[11px] whitespace-pre-wrap">{r.runConfigYaml}</pre>
            ) : (
              <span className="text-neutral-500">Default</span>
            ),
        },
      ]}
      rows={requests}
      rowKey={(r) => `${r.runKey}:${r.partitionKey}`}
      valign="top"
    />
  );
}

function Problem({ title, message }: { title: string; message: string }) {
  return (
    <div
      role="alert"
      className="rounded-md bg-red-50 px-3 py-2 text-[13px] text-red-800 ring-1 ring-red-200 ring-inset"
    >
      <p className="font-medium">{title}</p>
      <p className="mt-0.5 whitespace-pre-wrap">{message}</p>
    </div>
  );
}
