/**
 * Strict JSON syntax check (RFC 8259) with the exact offset of the first error. The YAML parser reads JSON too
 * (YAML 1.2 is a superset) but also accepts what JSON does not (comments, single quotes, trailing commas,
 * unquoted keys), and AWS requires JSON (§1.6). JSON.parse is no help here: V8 omits the position from many of
 * its messages. Recursion is bounded because the nesting depth is checked before (nesting-depth.ts).
 */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly message: string;
}

export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const fail = (message: string, at = i): never => {
    throw Object.assign(new Error(message), { offset: at });
  };
  const describe = (): string => (i >= text.length ? 'the end of the file' : `"${text[i]}"`);
  const space = (): void => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const expect = (c: string, what: string): void => {
    space();
    if (text[i] !== c) fail(`expected ${what} but found ${describe()}`);
    i++;
  };
  const string = (): void => {
    const start = i;
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail('unterminated string', start);
      const c = text.charCodeAt(i);
      if (c === 0x22) break;
      if (c < 0x20) fail('control character inside a string (escape it, e.g. \\n or \\t)');
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('\\u must be followed by four hex digits');
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) fail(`invalid escape "\\${e ?? ''}"`);
        i += 2;
        continue;
      }
      i++;
    }
    i++;
  };
  /** An object or array body: items separated by commas up to `close`, no trailing comma. */
  const sequence = (close: string, item: () => void): void => {
    i++;
    space();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      item();
      space();
      if (text[i] === ',') i++;
      else if (text[i] === close) {
        i++;
        return;
      } else fail(`expected "," or "${close}" but found ${describe()}`);
    }
  };
  const member = (): void => {
    space();
    if (text[i] !== '"') fail(`expected a double-quoted key but found ${describe()}`);
    string();
    expect(':', '":"');
    value();
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') return sequence('}', member);
    if (c === '[') return sequence(']', value);
    if (c === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (literal === null) fail(`expected a value but found ${describe()}`);
    i += (literal as RegExpExecArray)[0].length;
  };
  try {
    value();
    space();
    if (i < text.length) fail(`unexpected ${describe()} after the end of the document`);
    return undefined;
  } catch (error) {
    const offset = (error as { offset?: unknown }).offset;
    if (typeof offset !== 'number') throw error;
    return { offset, message: (error as Error).message };
  }
}
