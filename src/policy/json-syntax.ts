/**
 * Strict JSON syntax check. The YAML parser reads JSON too (YAML 1.2 is a superset) but also accepts what JSON
 * does not (comments, single quotes, trailing commas, unquoted keys), and AWS requires JSON (§1.6), so a file
 * that looks like JSON is first checked with JSON.parse. Returns the error offset and message, or undefined.
 */
export function jsonSyntaxError(text: string): { readonly offset: number; readonly message: string } | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message);
    const offset = position === null ? text.trimEnd().length : Number(position[1]);
    // V8 quotes the whole input in some messages; keep what a user needs.
    const short = message.replace(/, "[\s\S]*" is not valid JSON$/, '').replace(/ in JSON at position \d+.*$/, '');
    return { offset, message: short };
  }
}
