// What the graph draws at a zoom (pure, so it is tested on its own): the nodes in full, their names alone, coloured
// boxes, or, for a graph of several groups zoomed out past reading, one box per group with its name and asset count.

/**
 * How much a node shows: everything; below 0.45, where its text is too small to read, the name alone, set larger;
 * below 0.2, where even that is a smudge (and hundreds of nodes are in view), a coloured box. With more than one
 * group, below GROUP_OVERVIEW_BELOW each group is drawn as one box instead ("groups").
 */
export type NodeDetail = "full" | "name" | "box" | "groups";

/** The zoom under which a graph of several groups shows the groups rather than their assets. */
export const GROUP_OVERVIEW_BELOW = 0.4;

/**
 * The least zoom a group clicked in the overview is shown at: a group too large to fit the view above
 * GROUP_OVERVIEW_BELOW (100 assets and more) is centred at this zoom instead, its assets drawn with their names.
 */
export const GROUP_FOCUS_MIN_ZOOM = 0.5;

/** The least zoom of a graph whose layout is `width` × `height`: 0.1, or less where the whole layout needs it. */
export function minZoomFor(width: number, height: number, paneWidth: number, paneHeight: number): number {
  if (!(width > 0 && height > 0 && paneWidth > 0 && paneHeight > 0)) return 0.1;
  return Math.min(0.1, 0.9 * Math.min(paneWidth / width, paneHeight / height));
}

/**
 * The least zoom the whole-graph fit goes to. With a group overview the boxes read at any zoom, so the whole layout
 * fits; without one (a single group) assets smaller than at 0.1 are specks no one can click, so the fit stops there
 * and shows part of the graph, which the reader zooms out of if they want it all.
 */
export function fitMinZoom(minZoom: number, overviewGroups: number): number {
  return overviewGroups > 1 ? minZoom : Math.max(minZoom, 0.1);
}

export function nodeDetailAt(zoom: number, groupCount = 0): NodeDetail {
  if (groupCount > 1 && zoom < GROUP_OVERVIEW_BELOW) return "groups";
  return zoom >= 0.45 ? "full" : zoom >= 0.2 ? "name" : "box";
}

/**
 * How much a group box's label is scaled up (in flow units) so it reads at about the same size on screen at any
 * zoom: the inverse of the zoom, rounded to a power of 1.25 so a zoom gesture re-renders the boxes a few times, not
 * on every frame.
 */
export function groupLabelScale(zoom: number): number {
  if (!(zoom > 0)) return 1;
  return Math.pow(1.25, Math.ceil(Math.log(1 / zoom) / Math.log(1.25)));
}
