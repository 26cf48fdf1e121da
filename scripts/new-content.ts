/**
 * npm run new -- lecture|home|news|handout|page [name]: writes a new content file with every field and
 * a Chinese comment on each, generated from the schemas (src/authoring/scaffold.ts). Without a name the
 * file starts with "_" (a draft): checked, not published, until it is renamed.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { scaffold, type ScaffoldValues } from '../src/authoring/scaffold.ts';
import { DRAFT_PREFIX, entryFile, KIND_LIST, KINDS, kindNamed, type KindName } from '../src/content/kinds.ts';
import { readAreaCode } from '../src/content/site-file.ts';
import { readBuildEnv } from '../src/lib/env.ts';
import { withAreaCode } from '../src/schemas/fields.ts';
import { SECTIONS } from '../src/lib/sections.ts';

const [kindName = '', name] = process.argv.slice(2);
const kind = kindNamed(kindName);
const creatable = KIND_LIST.filter((k) => k.scaffold).map((k) => k.singular);
if (!kind?.scaffold) {
  console.error(
    `用法：npm run new -- <种类> [文件名]，种类是 ${creatable.join('、')} 之一。例如：npm run new -- lecture 2027-03-20-chengguan-dongguan`,
  );
  process.exit(1);
}
if (name !== undefined && !/^([a-z]+\/)?_?[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) {
  console.error(
    `文件名“${name}”不合适：应当只用小写拼音字母、数字和连字符“-”，例如 2027-03-20-chengguan-dongguan；栏目页面可以写 guide/my-page`,
  );
  process.exit(1);
}

const base = name ?? `${DRAFT_PREFIX}new-${kind.singular}`;
const values: ScaffoldValues = {};
// A kind named by an `id` field gets the file name as its id.
if (name !== undefined && kind.id === 'field')
  values['id'] = path.basename(base).replace(new RegExp(`^${DRAFT_PREFIX}`), '');
const section = base.split('/')[0] ?? '';
if (kind === KINDS.pages && base.includes('/') && (SECTIONS as readonly string[]).includes(section))
  values['section'] = section;

const { contentDir } = readBuildEnv(process.env);
const file = path.join(contentDir, entryFile(kind.name as KindName, base));
if (existsSync(file)) {
  console.error(`${file} 已经存在，没有改动它。换一个文件名再试。`);
  process.exit(1);
}
mkdirSync(path.dirname(file), { recursive: true });
// The phone examples in the comments with the district's own area code.
writeFileSync(file, withAreaCode(scaffold(kind, values), await readAreaCode(contentDir)));
console.log(`已建立 ${file}\n把每个“待填写”换成真实内容，然后运行 npm run check:content 检查。`);
