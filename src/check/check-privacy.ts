/** Children's privacy: no file may carry a string shaped like a resident ID number (18 digits, last may be X). */
import type { ContentProblem } from './cross-check.ts';

const ID_NUMBER = /(?<![0-9])[1-9]\d{5}(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9])/g;

export function checkPrivacy(file: string, text: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const match of text.matchAll(ID_NUMBER)) {
    const line = text.slice(0, match.index).split('\n').length;
    problems.push({
      file,
      line,
      field: '（隐私）',
      message: '这里有一串像身份证号码的数字，网站不能公开任何人的身份证号，应当删除',
    });
  }
  return problems;
}
