/**
 * npm run schemas: writes schemas/*.schema.json (for editors' YAML autocompletion, see
 * .vscode/settings.json) and the field tables of content/README.md, all from src/schemas/.
 * Run it after changing a schema; a unit test fails while the committed files are stale.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { generatedFiles } from '../src/authoring/generated-files.ts';

for (const [file, text] of generatedFiles()) {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`已更新 ${file}`);
}
console.log('JSON Schema 和编辑指南的字段表已与 src/schemas/ 一致。');
