// The assets picked on a graph, in click order: the last is the one the side panel shows.
import { useCallback, useMemo, useState } from "react";

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
  return { selectedKeys, setSelectedKeys, selectedKey, setSelectedKey, toggleKey, selectedSet };
}
