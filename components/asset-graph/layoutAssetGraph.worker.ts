// Lays out the asset graph off the main thread: one message in (a request id and the layout input), one message out.
import { type AssetGraphLayout, type LayoutInput, layoutAssetGraph } from "./layoutAssetGraph";

export interface LayoutRequest {
  id: number;
  input: LayoutInput;
}

export type LayoutResponse = { id: number; layout: AssetGraphLayout } | { id: number; error: string };

// The project compiles against the DOM library, not WebWorker: name only what a dedicated worker scope offers here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage: (message: LayoutResponse) => void;
};

scope.onmessage = ({ data }) => {
  try {
    scope.postMessage({ id: data.id, layout: layoutAssetGraph(data.input) });
  } catch (error) {
    scope.postMessage({ id: data.id, error: error instanceof Error ? error.message : String(error) });
  }
};
