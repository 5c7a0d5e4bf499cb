"use client";
// The partition grid for an asset: a wrapped 1-D grid for time, static and dynamic partitions, a 2-D grid for
// two-dimensional ones; the layout follows the width available.
import { useId, useMemo, useRef } from "react";
import { ROW_LABEL_WIDTH, STEP } from "./gridMetrics";
import { LinearPartitionGrid, type PartitionGridProps } from "./LinearPartitionGrid";
import { MatrixPartitionGrid } from "./MatrixPartitionGrid";
import { linearGridLayout, matrixGridLayout } from "./partitionGridLayout";
import { useElementWidth } from "./useElementWidth";
import type { PartitionDimension } from "./usePartitions";

export function PartitionGrid({
  dimensions,
  ...props
}: Omit<PartitionGridProps, "gridId"> & { dimensions: readonly PartitionDimension[] }) {
  const gridId = useId().replace(/:/g, "");
  const boxRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(boxRef);
  const [first, second] = dimensions;
  const columnsThatFit = Math.floor((width - ROW_LABEL_WIDTH - 8) / STEP);

  const layout = useMemo(() => {
    if (!first) return null;
    if (second) return matrixGridLayout(first, second);
    return width > 0 ? linearGridLayout(first.keys, first.kind, columnsThatFit) : null;
  }, [first, second, width, columnsThatFit]);

  return (
    <div ref={boxRef} className="min-w-0">
      {layout?.kind === "linear" && <LinearPartitionGrid {...props} gridId={gridId} layout={layout} />}
      {layout?.kind === "matrix" && <MatrixPartitionGrid {...props} gridId={gridId} layout={layout} />}
    </div>
  );
}
