"use client";
// A sensor's cursor, shown and editable: what it means for this kind of sensor, an input with Save and Clear, and
// what the server said. Typing takes the input over from the polled value until it is saved or put back.
import { type FormEvent, useId, useState } from "react";
import { errorMessage } from "../../graphql/client/fetchGraphQL";
import { usePermission } from "../auth/useViewer";
import { refusedControlProps } from "../auth/viewerPermission";
import { Button } from "../ui/Button";
import { cx } from "../ui/cx";
import { AlertIcon } from "../ui/icons";
import type { Sensor } from "./useSensors";
import { useSetSensorCursor } from "./useSensors";

const code = "rounded bg-neutral-100 px-1 font-mono text-[12px] text-neutral-800";

function Meaning({ sensor }: { sensor: Sensor }) {
  if (sensor.sensorType === "CUSTOM") {
    return (
      <p>
        What this sensor&apos;s evaluate function returned last; the next evaluation receives it as{" "}
        <code className={code}>ctx.cursor</code>. Edit it to make the sensor pick up somewhere else; Clear hands the
        next evaluation no cursor, as on its first.
      </p>
    );
  }
  const watches =
    sensor.sensorType === "ASSET"
      ? `materializations of ${sensor.monitoredAssetKey?.path.join("/") ?? "its asset"}`
      : `runs ending in ${sensor.runStatus ?? "FAILURE"}`;
  const replay =
    sensor.sensorType === "ASSET"
      ? "runs it launched before are not launched again"
      : "its function is called again for those runs";
  return (
    <p>
      This sensor keeps its position in the event log here: the id of the last event it looked at. Each evaluation reads
      the {watches} after it. Set an earlier id to replay events ({replay}), a later one to skip them; Clear starts
      again from the latest event.
    </p>
  );
}

function emptyHint(sensor: Sensor): string {
  if (sensor.sensorType === "CUSTOM") return "No cursor: the next evaluation gets none.";
  return sensor.status === "RUNNING"
    ? "None yet: the daemon sets it to the latest event at its next evaluation."
    : "None yet: when the sensor is turned on, it starts from the latest event.";
}

export function SensorCursor({ sensor }: { sensor: Sensor }) {
  const save = useSetSensorCursor();
  const { refusal: editRefusal } = usePermission("EDIT_SENSOR_CURSORS");
  const [draft, setDraft] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const hintId = useId();
  const current = sensor.cursor ?? "";
  const value = draft ?? current;
  const changed = draft !== null && draft !== current && draft !== "";
  const refused =
    save.data && save.data.__typename !== "Sensor" ? save.data.message : save.isError ? errorMessage(save.error) : null;
  const eventId = sensor.sensorType !== "CUSTOM";

  const send = (cursor: string | null) =>
    save.mutate(
      { codeLocationName: sensor.codeLocationName, sensorName: sensor.name, cursor },
      {
        onSuccess: (result) => {
          if (result.__typename !== "Sensor") return;
          setDraft(null);
          setSaved(cursor === null ? "Cleared." : "Saved.");
        },
      },
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (changed && !editRefusal) send(draft);
  };

  return (
    <div className="space-y-3 py-1 text-[13px] leading-5 text-neutral-600">
      <Meaning sensor={sensor} />
      <form onSubmit={submit} className="space-y-2">
        <input
          type="text"
          aria-label="Cursor"
          aria-describedby={hintId}
          readOnly={editRefusal !== null}
          title={editRefusal ?? undefined}
          aria-invalid={refused ? true : undefined}
          inputMode={eventId ? "numeric" : undefined}
          spellCheck={false}
          autoComplete="off"
          value={value}
          placeholder={eventId ? "Event id" : "No cursor"}
          onChange={(e) => {
            setDraft(e.target.value);
            setSaved(null);
            save.reset();
          }}
          onKeyDown={(e) => {
            if (e.key === "Escape") setDraft(null);
          }}
          className={cx(
            "h-9 w-full rounded-md border bg-white px-2.5 font-mono text-[13px] text-neutral-900 shadow-xs outline-none placeholder:font-sans placeholder:text-neutral-400 focus:ring-2",
            refused
              ? "border-red-300 focus:ring-red-100"
              : "border-neutral-300 focus:border-accent-500 focus:ring-accent-100",
          )}
        />
        <p id={hintId} role="status" className="min-h-4 text-xs leading-4 text-neutral-500">
          {editRefusal ??
            saved ??
            (draft !== null && draft !== current
              ? "Unsaved; Esc puts it back."
              : sensor.cursor === null
                ? emptyHint(sensor)
                : null)}
        </p>
        <div className="flex items-center gap-2">
          <Button
            type="submit"
            variant="primary"
            disabled={!changed || save.isPending}
            {...refusedControlProps(editRefusal)}
          >
            {save.isPending && save.variables?.cursor !== null ? "Saving…" : "Save"}
          </Button>
          <Button
            onClick={() => !editRefusal && send(null)}
            disabled={sensor.cursor === null || save.isPending}
            {...refusedControlProps(sensor.cursor === null ? null : editRefusal)}
          >
            Clear
          </Button>
        </div>
        {refused && (
          <p role="alert" className="flex items-start gap-1.5 text-xs text-red-700">
            <AlertIcon size={13} className="mt-px shrink-0" />
            {refused}
          </p>
        )}
      </form>
    </div>
  );
}
