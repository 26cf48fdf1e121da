/**
 * What an editor is told about a YAML file that does not parse, and on which line: the content check
 * and the loaders report every problem as "file:line field — what to write instead".
 */
import { describe, expect, it } from 'vitest';
import { parseYaml, splitFrontmatter } from '../../src/lib/yaml.ts';

describe('YAML syntax errors, in Chinese, on the line to fix', () => {
  it.each([
    ['a field written twice', 'title: 甲\ntitle: 乙\n', 2, 'YAML 格式错误：同一个字段写了两次，应当只保留一个'],
    ['a tab as indentation', 'venue:\n\tname: 甲\n', 2, 'YAML 格式错误：用了制表符缩进，应当用空格'],
    [
      'fields of one level not aligned',
      'venue:\n  name: 甲\n address: 乙\n',
      3,
      'YAML 格式错误：缩进不对，同一层的字段应当对齐，用空格不要用制表符',
    ],
    ['a stray bracket', 'title: 甲\n]\n', 2, 'YAML 格式错误：出现了不该有的符号，应当检查这一行的冒号、引号、短横线'],
    [
      'a value starting with * (a YAML alias to nothing)',
      'title: 甲\nnote: *注意安全\n',
      2,
      'YAML 格式错误：“*注意安全”以星号开头，YAML 把它当作引用，应当给整个值加上引号，例如 "*注意安全"',
    ],
  ])('%s', (_what, text, line, message) => {
    const parsed = parseYaml(text);
    expect(parsed.errors).toEqual([{ line, message }]);
    expect(parsed.value).toBeUndefined();
  });

  it('says a field name must not run over two lines, where the colon is missing', () => {
    expect(parseYaml('title: 甲\nvenue:name\n- x\n').errors[0]).toEqual({
      line: 2,
      message: 'YAML 格式错误：字段名不能跨行，应当检查上一行是否少了引号或冒号',
    });
  });

  it("passes on the parser's own words for a problem it has no Chinese for, with how to write a field", () => {
    expect(parseYaml('title: 甲\n---\ntopic: 乙\n').errors).toEqual([
      {
        line: 2,
        message:
          'YAML 格式错误：Source contains multiple documents; please use YAML.parseAllDocuments()，应当按“字段: 值”的格式改正',
      },
    ]);
  });

  it('counts lines from where the YAML starts in its file (after the frontmatter fence)', () => {
    expect(parseYaml('title: 甲\ntitle: 乙\n', 1).errors[0]?.line).toBe(3);
    expect(parseYaml('title: 甲\nsummary: 乙\nnote: *注意安全\n', 1).errors[0]?.line).toBe(4);
  });

  it('gives the value only when the file parses', () => {
    expect(parseYaml('title: 甲\ndate: 2026-12-05\n')).toMatchObject({
      value: { title: '甲', date: '2026-12-05' },
      errors: [],
    });
  });
});

describe('an unclosed quote', () => {
  const missingQuote = 'YAML 格式错误：缺少符号（比如引号或括号没有配对），应当检查这一行的引号、括号';

  it('is reported on the line the quote was opened, not where the file ends', () => {
    expect(parseYaml('title: "甲"\nspeaker: "乙\norg: 丙\naudience: 丁\n').errors).toEqual([
      { line: 2, message: missingQuote },
    ]);
    expect(parseYaml("title: '甲'\nspeaker: '乙\norg: 丙\n").errors).toEqual([{ line: 2, message: missingQuote }]);
  });

  it('does not count an escaped quote inside a double-quoted value', () => {
    expect(parseYaml('title: "讲座 \\" 甲"\nspeaker: "乙\norg: 丙\n', 5).errors).toEqual([
      { line: 7, message: missingQuote },
    ]);
  });

  it('skips a quoted value that spans two lines and closes', () => {
    expect(parseYaml('title: "第一行\n  第二行"\nspeaker: "乙\norg: 丙\n').errors).toEqual([
      { line: 3, message: missingQuote },
    ]);
  });
});

describe('the line of a field', () => {
  const text = 'title: 甲\nitems:\n  - name: a\n  - name: b\n    phone: 1\nvenue:\n  place:\n    town: x\n';
  const { lineOf } = parseYaml(text, 10);

  it.each([
    [['title'], 11],
    [['items'], 12],
    [['items', 1], 14],
    [['items', 1, 'phone'], 15],
    [['venue', 'place', 'town'], 18],
  ])('%j is on line %d', (path, line) => {
    expect(lineOf(path)).toBe(line);
  });

  it.each([
    [['venue', 'nope'], 16, 'a field that is not there: its parent'],
    [['items', 5], 12, 'an item past the end of a list: the list'],
    [['items', 'a'], 12, 'a name where a list has numbers: the list'],
    [['items', 'length'], 12, 'a name where a list has numbers, even "length": the list'],
    [['title', 0], 11, 'a number under a plain value: the value'],
    [['title', 'x'], 11, 'a field under a plain value: the value'],
    [['missing'], 11, 'a top-level field that is not there: the first line'],
    [[], 11, 'no path: the first line'],
  ])('%j falls back to line %d (%s)', (path, line) => {
    expect(lineOf(path)).toBe(line);
  });
});

describe('frontmatter', () => {
  it('splits the YAML from the body and says where the body starts', () => {
    expect(splitFrontmatter('---\ntitle: 甲\ntopic: 乙\n---\n正文\n')).toEqual({
      yaml: 'title: 甲\ntopic: 乙',
      body: '正文\n',
      bodyLine: 5,
    });
    expect(splitFrontmatter('---\r\ntitle: 甲\r\n---\r\n正文')).toEqual({
      yaml: 'title: 甲',
      body: '正文',
      bodyLine: 4,
    });
  });

  it('finds an empty one, whose fields are then each missing', () => {
    expect(splitFrontmatter('---\n---\n正文\n')).toEqual({ yaml: '', body: '正文\n', bodyLine: 3 });
    expect(splitFrontmatter('---\r\n---\r\n正文')).toEqual({ yaml: '', body: '正文', bodyLine: 3 });
  });

  it('finds none in a file that does not start with a fence', () => {
    expect(splitFrontmatter('title: 甲\n---\n')).toBeNull();
    expect(splitFrontmatter('正文\n---\ntitle: 甲\n---\n')).toBeNull();
  });
});

describe('an empty file and a fence at the end', () => {
  it('points at its first line', () => {
    expect(parseYaml('', 3).lineOf(['title'])).toBe(4);
  });

  it('reads frontmatter with nothing after the closing fence', () => {
    expect(splitFrontmatter('---\ntitle: 甲\n---')).toEqual({ yaml: 'title: 甲', body: '', bodyLine: 3 });
  });
});
