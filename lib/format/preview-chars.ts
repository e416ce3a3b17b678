/**
 * Characters of a long text (a payload, an event's details) shown until the reader asks for the
 * rest: a 3,400-item Map input pretty-printed is about 150 KB.
 */
export const PREVIEW_CHARS = 2_000;
