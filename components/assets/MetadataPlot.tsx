// A small SVG line plot of one numeric metadata entry across materializations (e.g. row_count over time).
import { useId } from "react";
import { formatAbsoluteTime } from "../ui/formatTime";

export interface PlotPoint {
  time: number;
  value: number;
  runId: string | null;
}

const W = 320;
const H = 120;
const PAD = { top: 10, right: 10, bottom: 20, left: 44 };

export function MetadataPlot({ label, points }: { label: string; points: readonly PlotPoint[] }) {
  const titleId = useId();
  const sorted = [...points].sort((a, b) => a.time - b.time);
  const last = sorted[sorted.length - 1];
  const t0 = sorted[0]?.time ?? 0;
  const t1 = last?.time ?? 1;
  const values = sorted.map((p) => p.value);
  let vMin = Math.min(...values);
  let vMax = Math.max(...values);
  if (vMin === vMax) {
    // A flat series still needs a band to draw in.
    vMin -= Math.abs(vMin) * 0.1 || 1;
    vMax += Math.abs(vMax) * 0.1 || 1;
  }
  const x = (t: number) =>
    PAD.left + (t1 === t0 ? (W - PAD.left - PAD.right) / 2 : ((t - t0) / (t1 - t0)) * (W - PAD.left - PAD.right));
  const y = (v: number) => PAD.top + (1 - (v - vMin) / (vMax - vMin)) * (H - PAD.top - PAD.bottom);
  const path = sorted.map((p, i) => `${i === 0 ? "M" : "L"}${x(p.time).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ");

  return (
    <figure className="rounded-lg border border-neutral-200 bg-white p-3 shadow-xs">
      <figcaption className="flex items-baseline justify-between gap-2">
        <span id={titleId} className="truncate text-xs font-medium text-neutral-700">
          {label}
        </span>
        {last && <span className="font-mono text-xs text-neutral-900 tabular-nums">{formatNumber(last.value)}</span>}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} className="mt-1 h-auto w-full" role="img" aria-labelledby={titleId}>
        {[vMin, (vMin + vMax) / 2, vMax].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#e5e5e5" strokeDasharray="2 3" />
            <text x={PAD.left - 6} y={y(v) + 3} textAnchor="end" className="fill-neutral-400 text-[9px] tabular-nums">
              {formatNumber(v)}
            </text>
          </g>
        ))}
        {sorted.length > 0 && (
          <>
            <text x={PAD.left} y={H - 5} className="fill-neutral-400 text-[9px]">
              {axisTime(t0, t1 - t0)}
            </text>
            {t1 !== t0 && (
              <text x={W - PAD.right} y={H - 5} textAnchor="end" className="fill-neutral-400 text-[9px]">
                {axisTime(t1, t1 - t0)}
              </text>
            )}
          </>
        )}
        <path d={path} fill="none" stroke="#6366f1" strokeWidth={1.75} strokeLinejoin="round" />
        {sorted.map((p) => (
          <circle
            key={`${p.runId}-${p.time}`}
            cx={x(p.time)}
            cy={y(p.value)}
            r={2.5}
            fill="white"
            stroke="#4f46e5"
            strokeWidth={1.5}
          >
            <title>{`${formatNumber(p.value)} · ${formatAbsoluteTime(new Date(p.time).toISOString())}`}</title>
          </circle>
        ))}
      </svg>
    </figure>
  );
}

function formatNumber(value: number): string {
  if (Math.abs(value) >= 1e6) return `${(value / 1e6).toFixed(1)}M`;
  if (Math.abs(value) >= 1e4) return `${(value / 1e3).toFixed(1)}k`;
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(4)));
}

/** Seconds matter when the points are minutes apart; days matter when they are weeks apart. */
function axisTime(time: number, span: number): string {
  const date = new Date(time);
  if (span < 3_600_000)
    return date.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit" });
  return date.toLocaleString(undefined, { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });
}
