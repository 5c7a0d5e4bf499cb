// `strata dev` reloads a code location when one of its files is saved: the module graph (lib/executor/codeHash) is
// watched folder by folder, since editors often save by replacing the file, which ends a watch on the file itself.
import { type FSWatcher, watch } from "node:fs";
import path from "node:path";
import { RELOAD_CHANGE_LABELS } from "../core/reloadChange";
import { readModuleGraph } from "../executor/codeHash";
import { reloadCodeLocation } from "../executor/reloadCodeLocation";
import type { Database } from "../store/database";

export interface WatchedLocation {
  name: string;
  modulePath: string;
}

export interface CodeWatcherOptions {
  db: Database;
  locations: readonly WatchedLocation[];
  log: (line: string) => void;
  /** Saves within this many milliseconds make one reload (an editor writes a file in several steps; "save all" writes many). */
  debounceMs?: number;
}

export interface CodeWatcher {
  stop(): void;
}

export async function watchCodeLocations({
  db,
  locations,
  log,
  debounceMs = 300,
}: CodeWatcherOptions): Promise<CodeWatcher> {
  const stops = await Promise.all(locations.map((location) => watchLocation(db, location, log, debounceMs)));
  return { stop: () => stops.forEach((stop) => stop()) };
}

async function watchLocation(
  db: Database,
  location: WatchedLocation,
  log: (line: string) => void,
  debounceMs: number,
): Promise<() => void> {
  let files = new Set<string>();
  let watchers: FSWatcher[] = [];
  let timer: NodeJS.Timeout | null = null;
  let reloading: Promise<void> = Promise.resolve();
  let stopped = false;

  // The graph is read again after each reload: a save may import a new file or drop one.
  const rewatch = async () => {
    const graph = await readModuleGraph(location.modulePath);
    if (stopped) return;
    for (const watcher of watchers) watcher.close();
    files = new Set(graph.files);
    watchers = [...new Set(graph.files.map((file) => path.dirname(file)))].map(
      (folder) =>
        watch(folder, (_event, name) => {
          if (name && files.has(path.join(folder, name.toString()))) schedule();
        }).on("error", () => {}), // a folder deleted under us: the next reload reads the graph again
    );
  };

  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      // One reload at a time: a save during a reload reloads again once it is stored.
      reloading = reloading
        .then(reload)
        .catch((error: unknown) => log(`Could not reload code location "${location.name}": ${String(error)}`));
    }, debounceMs);
  };

  const reload = async () => {
    if (stopped) return;
    const reloaded = await reloadCodeLocation(db, location.name);
    if (reloaded?.loadStatus === "LOADED") {
      log(
        `Reloaded code location "${location.name}" after a save: ${RELOAD_CHANGE_LABELS[reloaded.lastReloadChange ?? "NONE"]}.`,
      );
    } else {
      log(
        `Code location "${location.name}" failed to load after a save:\n${reloaded?.loadError?.message ?? "it is no longer configured"}`,
      );
    }
    await rewatch();
  };

  await rewatch();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
  };
}
