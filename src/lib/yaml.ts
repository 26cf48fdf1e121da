/**
 * YAML parsing with line numbers, shared by the content check and the loaders: syntax errors come back
 * with their line, and any field path can be turned into the line an editor should look at.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface YamlProblem {
  line: number;
  message: string;
}

export interface ParsedYaml {
  value: unknown;
  errors: YamlProblem[];
  /** The 1-based line of a field path (falls back to the nearest parent that exists). */
  lineOf: (path: readonly PropertyKey[]) => number;
}

export function parseYaml(text: string, lineOffset = 0): ParsedYaml {
  const counter = new LineCounter();
  // The 1.1 schema's timestamps are left out on purpose: dates stay the text the editor wrote.
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const errors = doc.errors.map((e) => ({
    line: (unclosedQuoteLine(text, e.message) ?? counter.linePos(e.pos[0]).line) + lineOffset,
    message: yamlErrorMessage(e.code, e.message),
  }));
  const lineOf = (path: readonly PropertyKey[]) => {
    let node: unknown = doc.contents;
    let found = node as Node | null;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
        if (!pair) break;
        found = pair.key as Node;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        if (!node) break;
        found = node as Node;
      } else break;
    }
    const offset = found?.range?.[0] ?? 0;
    return counter.linePos(offset).line + lineOffset;
  };
  return { value: errors.length > 0 ? undefined : toValue(doc, text, errors, lineOffset), errors, lineOf };
}

/**
 * The document's value, or undefined with a problem added to `errors` when it has none: an unquoted
 * value starting with * ("*注意") is a YAML alias, and one to an anchor the file never set passes the
 * parser but stops toJS with an English ReferenceError.
 */
function toValue(
  doc: ReturnType<typeof parseDocument>,
  text: string,
  errors: ParsedYaml['errors'],
  lineOffset: number,
) {
  try {
    return doc.toJS();
  } catch (error) {
    const alias = /alias[^:]*:\s*(\S+)\s*$/.exec(String((error as Error).message))?.[1];
    if (alias === undefined) throw error;
    const line = text.split('\n').findIndex((l) => l.includes(`*${alias}`)) + 1;
    errors.push({
      line: Math.max(line, 1) + lineOffset,
      message: `YAML 格式错误：“*${alias}”以星号开头，YAML 把它当作引用，应当给整个值加上引号，例如 "*${alias}"`,
    });
    return undefined;
  }
}

/** Splits "---\nyaml\n---\nbody": the YAML keeps its line numbers in the file. */
export function splitFrontmatter(text: string): { yaml: string; body: string; bodyLine: number } | null {
  // An empty frontmatter ("---" right after "---") is one still: its fields are missing, not the frontmatter.
  const match = /^---\r?\n(?:([\s\S]*?)\r?\n)?---\r?\n?/.exec(text);
  if (!match) return null;
  return { yaml: match[1] ?? '', body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/**
 * An unclosed quote is reported by the parser where the file ends; the editor needs the line where the
 * quote was opened: the last line that leaves a quote open.
 */
function unclosedQuoteLine(text: string, message: string): number | undefined {
  const quote = /Missing closing (["'])quote/.exec(message)?.[1];
  if (!quote) return undefined;
  let openedAt: number | undefined;
  text.split('\n').forEach((line, i) => {
    // \" inside double quotes is not a quote. ('' inside single quotes is two, which leaves the count odd
    // or even as it was, and \" holds no single quote: one rule serves both.)
    const count = line.replace(/\\"/g, '').split(quote).length - 1;
    if (count % 2 === 1) openedAt = openedAt === undefined ? i + 1 : undefined;
  });
  return openedAt;
}

function yamlErrorMessage(code: string, fallback: string): string {
  const known: Record<string, string> = {
    DUPLICATE_KEY: 'YAML 格式错误：同一个字段写了两次，应当只保留一个',
    BAD_INDENT: 'YAML 格式错误：缩进不对，同一层的字段应当对齐，用空格不要用制表符',
    TAB_AS_INDENT: 'YAML 格式错误：用了制表符缩进，应当用空格',
    MISSING_CHAR: 'YAML 格式错误：缺少符号（比如引号或括号没有配对），应当检查这一行的引号、括号',
    BLOCK_AS_IMPLICIT_KEY: 'YAML 格式错误：冒号位置不对，应当写成“字段: 值”，冒号后面加一个空格',
    MULTILINE_IMPLICIT_KEY: 'YAML 格式错误：字段名不能跨行，应当检查上一行是否少了引号或冒号',
    UNEXPECTED_TOKEN: 'YAML 格式错误：出现了不该有的符号，应当检查这一行的冒号、引号、短横线',
  };
  return known[code] ?? `YAML 格式错误：${fallback.split('\n')[0]}，应当按“字段: 值”的格式改正`;
}
