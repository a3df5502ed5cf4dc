/** A place in a source file. Lines and columns are 1-based; offsets are 0-based UTF-16 indexes, end exclusive. */
export interface Span {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly offset: number;
  readonly endOffset: number;
}
