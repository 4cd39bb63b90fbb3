/** The tornado chart's height for a number of bars, so its placeholder reserves exactly that space. */
export const tornadoHeight = (rows: number): number => Math.max(120, 34 * rows + 48);
