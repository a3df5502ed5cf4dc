import type { Span } from './span.js';

/** The span of something that has no place in a source file (e.g. a pattern given on the command line). */
export const ZERO_SPAN: Span = Object.freeze({ line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0 });
