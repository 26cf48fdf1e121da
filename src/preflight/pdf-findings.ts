/**
 * PDFs that print an address nobody else can open: a handout printed with the site built for
 * localhost carries that address (and its QR code) on paper for good. Reads the text of every PDF in
 * dist/ with pdftotext (poppler-utils), page by page.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { distFiles } from '../integrations/dist-files.ts';
import type { Finding } from './finding.ts';

const LOCAL_ADDRESS = /\b(localhost|127\.0\.0\.1|0\.0\.0\.0)(:\d+)?\b|\b[\w.-]*\bexample\.(gov\.cn|com|org|cn|net)\b/;

export function pdfFindings(root: string, distDir: string): Finding[] {
  const dist = path.resolve(root, distDir);
  const pdfs = distFiles(dist).filter((name) => name.endsWith('.pdf'));
  const findings: Finding[] = [];
  for (const name of pdfs) {
    const file = path.relative(root, path.join(dist, name));
    const result = spawnSync(
      'pdftotext',
      [
        '-enc',
        // Stryker disable next-line StringLiteral: pdftotext writes UTF-8 when no encoding is named, and the addresses looked for are ASCII
        'UTF-8',
        path.join(dist, name),
        '-',
      ],
      { encoding: 'utf8' },
    );
    if (result.error || result.status !== 0) {
      findings.push({
        file,
        kind: 'PDF',
        message: `读不出这个 PDF 的文字（${result.error?.message ?? result.stderr.trim()}），应当安装 poppler-utils（pdftotext）后再检查`,
      });
      continue;
    }
    result.stdout.split('\f').forEach((page, index) => {
      const match = LOCAL_ADDRESS.exec(page);
      if (match) {
        findings.push({
          file,
          line: `第${index + 1}页`,
          kind: 'PDF 网址',
          message: `印着“${match[0]}”这个示例或本机地址，应当用正式的 SITE_URL 重新构建（npm run build），再检查`,
        });
      }
    });
  }
  return findings;
}
