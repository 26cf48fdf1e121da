/**
 * A page's body read once for the checks of check-mdx.ts: the syntax tree of the MDX (or plain Markdown)
 * with positions, in which code blocks and code spans are text and never tags.
 *
 * MDX stops at its first syntax error, in English. Here each such error becomes a problem in Chinese,
 * is mended in a copy of the text (a stray "<" becomes "＜", an unmatched closing tag or an unclosed
 * opening tag is blanked out, line breaks kept), and the copy is read again, so one run reports every
 * such error, and the components around them are still checked.
 */
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown, type MdxJsxFlowElement, type MdxJsxTextElement } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { BACK_SIDE } from '../components/mdx/names.ts';
import type { ContentProblem } from './cross-check.ts';

export interface MdxBody {
  /** Relative to the project root, for messages. */
  file: string;
  /** The text after the frontmatter. */
  text: string;
  /** The file line the body starts on. */
  line: number;
  /** Null when MDX cannot read the body even after mending: its problem is in `problems`. */
  tree: Root | null;
  /** What stops MDX from reading the body, each with what to write instead. */
  problems: ContentProblem[];
}

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** The file line of a node. */
export const lineOf = (body: MdxBody, node: { position?: { start: { line: number } } | undefined }): number =>
  body.line + (node.position?.start.line ?? 1) - 1;

/** Every node in document order, with the nodes it sits in (outermost first). */
export function walk(tree: Root, visit: (node: Nodes, ancestors: readonly Nodes[]) => void): void {
  const go = (node: Nodes, ancestors: Nodes[]) => {
    visit(node, ancestors);
    if ('children' in node) for (const child of node.children) go(child as Nodes, [...ancestors, node]);
  };
  go(tree, []);
}

/** Every JSX element (components and lowercase HTML tags written in MDX), in document order. */
export function jsxElements(tree: Root): JsxElement[] {
  const found: JsxElement[] = [];
  walk(tree, (node) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') found.push(node);
  });
  return found;
}

/** A string literal in braces (`id={"x"}`) is that string; any other expression is its source text. */
function expressionText(source: string): string {
  try {
    const value: unknown = JSON.parse(source);
    return typeof value === 'string' ? value : source;
  } catch {
    return source;
  }
}

/**
 * The text of an attribute, `name="…"` or `name={…}` alike (`article={16}` → "16", `items={[1, 2]}` →
 * "[1, 2]"); undefined when the element has none.
 */
export function attribute(element: JsxElement, name: string): string | undefined {
  for (const a of element.attributes) {
    if (a.type !== 'mdxJsxAttribute' || a.name !== name) continue;
    if (a.value === null || a.value === undefined) return '';
    return (typeof a.value === 'string' ? a.value : expressionText(a.value.value.trim())).trim();
  }
  return undefined;
}

/** The strings of a list attribute (`ids={["a", "b"]}` → a, b); none when the element has no such attribute. */
export const attributeList = (element: JsxElement, name: string): string[] =>
  [...(attribute(element, name)?.matchAll(/"([^"]*)"/g) ?? [])].map((m) => m[1]!);

// MDX cannot start a tag with a Chinese character (the build stops with an English message): either a
// component named in Chinese (<背面 />) or a less-than sign in prose (年龄<十四岁).
const HAN = /^\p{Script=Han}/u;
export const startsWithHan = (name: string): boolean => HAN.test(name);

/** Names an editor may reach for in Chinese, and the component meant. */
export const CHINESE_NAMES: Record<string, string> = { 背面: BACK_SIDE, 反面: BACK_SIDE, 背页: BACK_SIDE };

/** The problem of a "<" followed by Chinese: a component named in Chinese, or a less-than sign in prose. */
export function hanTagProblem(file: string, line: number, name: string): ContentProblem {
  const meant = CHINESE_NAMES[name];
  return meant
    ? {
        file,
        line,
        field: `<${name}>`,
        message: `没有名为“${name}”的组件（组件名要用英文字母写），应当写 <${meant} />`,
      }
    : {
        file,
        line,
        field: '<',
        message: '“<”后面紧跟着汉字，会被当成组件的开头而无法构建，应当写成全角的“＜”或“小于”',
      };
}

const unclosedMessage = (name: string) =>
  `<${name}> 没有结束，应当在这段内容后面另起一行写 </${name}>；不包内容时写成 <${name} … />`;
const unmatchedMessage = (name: string) =>
  `这里的 </${name}> 前面没有对应的 <${name}>，应当删除它，或在前面补上 <${name}>`;

interface Mend {
  problem: ContentProblem;
  /** The text with the error mended, or null when it cannot be. */
  text: string | null;
}

/** Spaces for a range of the text, keeping its line breaks (so every later position stays the same). */
const blank = (text: string, from: number, to: number) =>
  text.slice(0, from) + text.slice(from, to).replace(/[^\n]/g, ' ') + text.slice(to);

/** Offset of a 1-based line and column. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) offset = text.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

interface SyntaxError {
  message: string;
  ruleId?: string;
  source?: string;
  line?: number;
  place?: { offset?: number; start?: { offset?: number } } | undefined;
}

/** What one syntax error means for an editor, and the text with it mended. */
function mend(file: string, text: string, bodyLine: number, error: SyntaxError): Mend {
  const fileLine = (offset: number) => bodyLine + text.slice(0, offset).split('\n').length - 1;
  const at = (offset: number, field: string, message: string): ContentProblem => ({
    file,
    line: fileLine(offset),
    field,
    message,
  });
  const offset = error.place?.start?.offset ?? error.place?.offset;

  // An opening tag never closed: "Expected a closing tag for `<Callout>` (3:1-3:10)…".
  const unclosed = /^Expected a closing tag for `<([^\s>/`]*)[^`]*` \((\d+):(\d+)-(\d+):(\d+)\)/.exec(error.message);
  if (unclosed) {
    const [, , l1, c1, l2, c2] = unclosed;
    const name = unclosed[1]!;
    const from = offsetOf(text, Number(l1), Number(c1));
    const to = offsetOf(text, Number(l2), Number(c2));
    if (startsWithHan(name))
      return {
        problem: hanTagProblem(file, fileLine(from), name),
        text: `${text.slice(0, from)}＜${text.slice(from + 1)}`,
      };
    return { problem: at(from, `<${name}>`, unclosedMessage(name)), text: blank(text, from, to) };
  }
  // A closing tag with no opening tag of its name.
  if (offset !== undefined && (error.ruleId === 'end-tag-mismatch' || error.ruleId === 'unexpected-closing-slash')) {
    const from = text.lastIndexOf('<', offset);
    const to = text.indexOf('>', offset) + 1 || text.length;
    const name = text.slice(from, to).replace(/[</>\s]/g, '');
    return { problem: at(from, `</${name}>`, unmatchedMessage(name)), text: blank(text, from, to) };
  }
  // A tag MDX cannot read: a "<" in prose, or a component written wrongly.
  if (offset !== undefined && error.source === 'micromark-extension-mdx-jsx') {
    const from = text.lastIndexOf('<', offset);
    const after = text.slice(from + 1);
    // Every part of the pattern is optional: it always matches.
    const name = /^\/?\s*([^\s>/{="']*)/.exec(after)![1]!;
    const problem = startsWithHan(after)
      ? hanTagProblem(file, fileLine(from), /^[\p{L}\p{N}]*/u.exec(after)![0])
      : after.startsWith('!--')
        ? at(from, '<!--', 'MDX 里不能用 <!-- --> 写注释，会无法构建，应当删除这段注释')
        : /^[A-Za-z]/.test(name)
          ? at(
              from,
              `<${name}>`,
              `<${name}> 的写法无法构建，应当写成 <${name} 属性="文字" /> 或 <${name} 属性={数字} /> 这样：属性的值用引号或花括号包起来，标签以 > 或 /> 结束`,
            )
          : at(from, '<', '“<”在 MDX 里是组件的开头，这里的写法无法构建，应当写成全角的“＜”或“小于”');
    return { problem, text: `${text.slice(0, from)}＜${after}` };
  }
  // Braces: MDX reads {…} as code.
  const line = error.line ?? 1;
  return {
    problem: {
      file,
      line: bodyLine + line - 1,
      field: '{',
      message:
        'MDX 把花括号“{…}”当成代码，这里的写法无法构建。正文里的花括号应当写成全角的“｛”“｝”；组件的属性应当写成 article={16}、items={[1, 2]} 这样',
    },
    text: null,
  };
}

const MDX = { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] };

/** Enough for any page: each round mends one error, so a body never needs more rounds than it has tags. */
const MAX_ROUNDS = 200;

/**
 * Reads a body: MDX for .mdx files; plain Markdown for .md files, where a "<" is printed as it is and a
 * tag is HTML.
 */
export function readMdxBody(file: string, text: string, line: number): MdxBody {
  if (!file.endsWith('.mdx')) return { file, text, line, tree: fromMarkdown(text), problems: [] };
  const problems: ContentProblem[] = [];
  let source = text;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    try {
      return { file, text, line, tree: fromMarkdown(source, MDX), problems };
    } catch (error) {
      const mended = mend(file, source, line, error as SyntaxError);
      problems.push(mended.problem);
      if (mended.text === null || mended.text === source) break;
      source = mended.text;
    }
  }
  return { file, text, line, tree: null, problems };
}
