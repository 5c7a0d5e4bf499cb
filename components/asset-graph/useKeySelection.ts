// The assets picked on a graph, in click order: the last is the one the side panel shows. Picking one by its path
// (from the tree or the side panel) also asks the canvas to bring it into view.
import { useCallback, useMemo, useState } from "react";
import { parseAssetKey, toAssetKeyString } from "../../lib/core/assetKey";

export function useKeySelection() {
  const [selectedKeys, setSelectedKeys] = useState<readonly string[]>([]);
  const selectedKey = selectedKeys[selectedKeys.length - 1] ?? null;
  const setSelectedKey = useCallback((key: string | null) => setSelectedKeys(key ? [key] : []), []);
  const toggleKey = useCallback(
    (key: string) =>
      setSelectedKeys((current) => (current.includes(key) ? current.filter((k) => k !== key) : [...current, key])),
    [],
  );
  const selectedSet = useMemo(() => new Set(selectedKeys), [selectedKeys]);
  const [focusRequest, setFocusRequest] = useState<{ key: string } | null>(null);
  const selectAndFocus = useCallback((key: string) => {
    setSelectedKeys([key]);
    setFocusRequest({ key });
  }, []);
  const selectPath = useCallback((path: readonly string[]) => selectAndFocus(toAssetKeyString(path)), [selectAndFocus]);
  return {
    setSelectedKeys,
    selectedKey,
    setSelectedKey,
    toggleKey,
    selectedSet,
    focusRequest,
    selectAndFocus,
    selectPath,
  };
}

/** A key string as the side panel takes it: parsed, or split on "/" when it does not parse. */
export function safeKeyPath(key: string): string[] {
  try {
    return parseAssetKey(key);
  } catch {
    return key.split("/");
  }
}
