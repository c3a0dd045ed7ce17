/**
 * Directives in a program's leading `//` comments (the comment lines before the first line of
 * code). They say how the harness treats the program:
 *   // @es5              the input is ES5 plus generators; the lowered output must parse as ES5
 *   // @refuse <regex>   the plugin must throw a Babel error matching <regex>; nothing runs
 *   // @skip <note>      pending, with the tracking note saying why (required)
 *   // @expect <line>    one expected trace line (retention tests), in order
 * A malformed directive throws at discovery time, so a typo cannot silently turn a test off.
 */

export interface Directives {
  es5: boolean;
  refuse: RegExp | null;
  skip: string | null;
  expect: string[];
}

const DIRECTIVE = /^\/\/\s*@([A-Za-z0-9-]+)(?:\s+(.*))?$/;

export function parseDirectives(code: string, filename = "program"): Directives {
  const result: Directives = { es5: false, refuse: null, skip: null, expect: [] };
  for (const rawLine of code.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === "") continue;
    if (!line.startsWith("//")) break;
    const match = DIRECTIVE.exec(line);
    if (!match) continue;
    const name = match[1] ?? "";
    const argument = (match[2] ?? "").trim();
    switch (name) {
      case "es5":
        result.es5 = true;
        break;
      case "refuse":
        if (argument === "") throw new Error(`${filename}: @refuse needs a regular expression`);
        result.refuse = new RegExp(argument);
        break;
      case "skip":
        if (argument === "") throw new Error(`${filename}: @skip needs a note saying why (and where it is tracked)`);
        result.skip = argument;
        break;
      case "expect":
        result.expect.push(argument);
        break;
      default:
        throw new Error(`${filename}: unknown directive @${name}`);
    }
  }
  return result;
}
