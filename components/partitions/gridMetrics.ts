// Cell geometry shared by the 1-D and 2-D grids and their tooltips.
export const CELL = 16;
export const GAP = 3;
export const STEP = CELL + GAP;
/** Room for row labels such as "Sep 2026" or a region name. */
export const ROW_LABEL_WIDTH = 84;
/** Visible grid height before it scrolls. */
export const GRID_MAX_HEIGHT = 480;
