/**
 * The text of a content file the import writes: a home's YAML, a lecture's frontmatter with the text
 * that follows it. Fields in the schema's order, short lists and coordinates on one line, as the
 * hand-written files have them, so a diff of an import reads like an editor's change.
 */
import { Document, isMap, isSeq, Scalar, visit } from 'yaml';
import type { Home } from '../schemas/home.ts';
import type { LectureData } from '../schemas/lecture.ts';

const HOME_ORDER = [
  'id',
  'name',
  'town',
  'community',
  'communityType',
  'address',
  'location',
  'hours',
  'holidayNote',
  'director',
  'facilities',
  'activities',
  'accessibility',
  'verified',
  'draft',
];
const LECTURE_ORDER = [
  'id',
  'title',
  'topic',
  'start',
  'end',
  'venue',
  'speaker',
  'audience',
  'contact',
  'status',
  'originalStart',
  'cancelReason',
  'attendance',
  'leaflets',
  'draft',
];

function ordered(data: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of order) {
    const value = data[key];
    // Defaults are left out, as editors leave them out: draft: false, an empty list.
    if (value === undefined || (key === 'draft' && value === false) || (Array.isArray(value) && value.length === 0))
      continue;
    out[key] = value;
  }
  return out;
}

/**
 * Lists of plain values and { lng, lat } written in flow style: [1, 2, 3], { lng: …, lat: … }. Clock
 * times are quoted ("09:30"): YAML 1.1 readers, such as some editor plugins, take 09:30 for a number.
 */
function yamlText(data: Record<string, unknown>): string {
  const doc = new Document(data);
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && /^\d{1,2}:\d{2}$/.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
    Seq(_, node) {
      if (node.items.every((item) => !isMap(item) && !isSeq(item))) node.flow = true;
    },
    Pair(_, pair) {
      if (String((pair.key as { value?: unknown })?.value) === 'location' && isMap(pair.value)) pair.value.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

export function homeFileText(home: Home): string {
  return yamlText(ordered(home as unknown as Record<string, unknown>, HOME_ORDER));
}

export function lectureFileText(lecture: LectureData, body: string): string {
  return `---\n${yamlText(ordered(lecture as unknown as Record<string, unknown>, LECTURE_ORDER))}---\n${body}`;
}
