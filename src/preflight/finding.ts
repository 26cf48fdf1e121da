/** One thing not yet real, where it is and what to put there instead: "文件:行 类别 — …，应当…". */
export interface Finding {
  /** Relative to the project, or the name of an environment variable. */
  file: string;
  /** A line number, or a page of a PDF ("第2页"); absent for an environment variable. */
  line?: number | string;
  kind: string;
  message: string;
}

export function formatFinding(f: Finding): string {
  return `${f.file}${f.line === undefined ? '' : `:${f.line}`} ${f.kind} — ${f.message}`;
}
