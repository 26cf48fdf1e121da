/** Everything the launch check looks at, in one list: content, the site address, the built PDFs. */
import { contentFindings } from './content-findings.ts';
import type { Finding } from './finding.ts';
import { pdfFindings } from './pdf-findings.ts';
import { siteUrlFinding } from './site-url-finding.ts';

export interface PreflightInput {
  root: string;
  contentDir: string;
  distDir: string;
  siteUrl: string;
}

export async function runPreflight(input: PreflightInput): Promise<Finding[]> {
  const url = siteUrlFinding(input.siteUrl);
  return [
    ...(await contentFindings(input.root, input.contentDir)),
    ...(url ? [url] : []),
    ...pdfFindings(input.root, input.distDir),
  ];
}
