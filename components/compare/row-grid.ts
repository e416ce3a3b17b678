/** The columns of the compare table (state, A, B), shared by its header and its rows. */
export const ROW_GRID = 'grid grid-cols-[minmax(0,1.3fr)_minmax(0,1fr)_minmax(0,1fr)] gap-2';
