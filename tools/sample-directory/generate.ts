/**
 * Generates the SAMPLE directory data: content/towns.yaml, content/homes/*.yaml and
 * content/lectures/*.md, drawn from the tables in data.yaml beside this file.
 *
 * This script is committed so that the sample set can be regenerated (or its shape changed) at any
 * time. Its output is deterministic: a seeded PRNG (mulberry32) is used throughout, never
 * Math.random, and nothing depends on the clock, the time zone or the machine, so running it twice
 * writes the same bytes.
 *
 * Everything it writes is sample data and says so: every person is "<surname>某（示例）", every
 * phone number is 0951-0xxxxxx (no real number starts with 0 after the area code), every address
 * ends in （示例地址）, and every file starts with SAMPLE_MARKER. Village and community names are
 * real-sounding, not a verified list. No child is ever named or described.
 *
 * Usage (from the repository root, Node 24 runs TypeScript directly):
 *   node tools/sample-directory/generate.ts           write into $CONTENT_DIR (default: content)
 *   node tools/sample-directory/generate.ts --check   exit 1 if the files on disk differ from the output
 *   node tools/sample-directory/generate.ts --out DIR write into DIR (relative to the working directory)
 *
 * Safety: before writing, it deletes only files in homes/ and lectures/ that still carry
 * SAMPLE_MARKER, and it refuses to overwrite any file without the marker. To turn a sample file into
 * real data, edit it and delete its first (marker) line; the generator then leaves it alone.
 *
 * Per-item randomness is seeded from the item's id, so adding or removing one home does not reshuffle
 * the others.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { entryFile, hasKindExtension, KINDS, type KindName } from '../../src/content/kinds.ts';
import { distanceMeters, isInsideOutline, type LngLat } from '../../src/lib/geo.ts';
import type { LectureStatus as Status } from '../../src/lib/lecture-status.ts';
import type { TOPICS } from '../../src/schemas/lecture.ts';

const SEED = 20241115; // the date of the district report the programme figures come from

const SAMPLE_MARKER_START = '# 示例数据（非真实信息）';
export const SAMPLE_MARKER = `${SAMPLE_MARKER_START}，由 tools/sample-directory/generate.ts 生成；改成真实信息时删除本行`;

// ---------------------------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------------------------

/** FNV-1a 32-bit hash of a string: turns a label into a sub-seed. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small, well-distributed 32-bit PRNG. */
class Rng {
  private state: number;
  constructor(label: string) {
    this.state = (hash32(label) ^ SEED) >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const a = [...items];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a;
  }
  /** k distinct items, in the order drawn. */
  sample<T>(items: readonly T[], k: number): T[] {
    return this.shuffle(items).slice(0, k);
  }
}

// ---------------------------------------------------------------------------------------------
// The divisions and their villages / communities
// ---------------------------------------------------------------------------------------------

type TownType = '街道' | '镇' | '乡';
type CommunityType = '村' | '社区';
type Topic = (typeof TOPICS)[number];

interface TownDef {
  id: string;
  name: string;
  type: TownType;
  /** GCJ-02, approximate centre of the division. */
  center: LngLat;
  radiusKm: number;
  /** Whether it has a minor-protection work station. */
  station: boolean;
  /** Name → pinyin slug, in order; the suffix 村 / 社区 decides communityType. */
  communities: Record<string, string>;
}

interface Slot {
  days: number[];
  open: string;
  close: string;
}

interface LectureTemplate {
  topic: Topic;
  /** `{进}` becomes 进村 or 进社区. At most 50 characters after substitution. */
  title: string;
  audience: string;
  /** What the lecture covers, as a clause: "讲解了 / 将讲解 …". */
  covers: string;
  /** Only for lectures in this part of the year (month numbers); undefined = any time. */
  months?: number[];
}

/** data.yaml: every table the sample is drawn from (see the comments there). */
interface SampleTables {
  district: { name: string; areaCode: string; outline: LngLat[] };
  towns: TownDef[];
  surnames: string[];
  hours: { community: Slot[][]; village: Slot[][] };
  holidayNotes: string[];
  facilities: { core: string[]; more: string[] };
  activities: { community: string[]; village: string[] };
  homePlaces: { village: string[]; upstairs: string[]; ground: string[] };
  accessibility: { upstairs: string; ground: string[]; groundVillage: string; groundCommunity: string };
  stationPlaces: string[];
  lectureHalls: string[];
  speakerOrgs: Record<Topic, string[]>;
  cancelReason: string;
  lectureTemplates: LectureTemplate[];
  sentences: { questions: string[]; leaflets: string[]; invitations: string[] };
}

const DATA: SampleTables = parseYaml(readFileSync(path.join(import.meta.dirname, 'data.yaml'), 'utf8'));
const TOWNS = DATA.towns;
const DISTRICT = DATA.district;
/** The division's own office, where its station is and where lectures away from a home are held. */
const officeOf = (t: TownDef) => (t.type === '街道' ? `${t.name}办事处` : `${t.name}人民政府`);

/** "<surname>某（示例）" or "<surname>某某（示例）": never a real person's name. */
function sampleName(rng: Rng): string {
  return `${rng.pick(DATA.surnames)}${rng.chance(0.5) ? '某' : '某某'}（示例）`;
}

/** Hands out distinct 0951-0xxxxxx numbers (a 0 after the area code is never a real number). */
class PhoneBook {
  private used = new Set<string>();
  take(rng: Rng): string {
    let n = rng.int(0, 999_999);
    let phone: string;
    do {
      phone = `${DISTRICT.areaCode}-0${String(n).padStart(6, '0')}`;
      n = (n + 7919) % 1_000_000;
    } while (this.used.has(phone));
    this.used.add(phone);
    return phone;
  }
}

// ---------------------------------------------------------------------------------------------
// Calendar helpers (civil dates only, UTC arithmetic: independent of the machine's time zone)
// ---------------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const dayNumber = (ymd: string): number => {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
};
const ymdOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** 1 = Monday … 7 = Sunday. */
const isoWeekday = (day: number): number => ((new Date(day * DAY_MS).getUTCDay() + 6) % 7) + 1;
const hhmm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

// ---------------------------------------------------------------------------------------------
// Towns
// ---------------------------------------------------------------------------------------------

interface Town {
  id: string;
  name: string;
  type: TownType;
  supervisor: { role: string; name: string; phone: string };
  station?: { name: string; address: string };
}

function stationAddress(t: TownDef, rng: Rng): string {
  return `${DISTRICT.name}${officeOf(t)}${rng.pick(DATA.stationPlaces)}（示例地址）`;
}

function buildTowns(phones: PhoneBook): Town[] {
  return TOWNS.map((t) => {
    const rng = new Rng(`town:${t.id}`);
    const town: Town = {
      id: t.id,
      name: t.name,
      type: t.type,
      supervisor: { role: '儿童督导员', name: sampleName(rng), phone: phones.take(rng) },
    };
    if (t.station) town.station = { name: `${t.name}未成年人保护工作站`, address: stationAddress(t, rng) };
    return town;
  });
}

// ---------------------------------------------------------------------------------------------
// Homes
// ---------------------------------------------------------------------------------------------

interface Home {
  id: string;
  name: string;
  town: string;
  community: string;
  communityType: CommunityType;
  address: string;
  location: LngLat;
  hours: Slot[];
  holidayNote?: string;
  director: { name: string; phone: string };
  facilities: string[];
  activities: string[];
  accessibility?: string;
  verified: string;
}

function placeHomes(def: TownDef): LngLat[] {
  // Rejection sampling inside 85 % of the radius, keeping homes of one division ≥ 200 m apart.
  const rng = new Rng(`locations:${def.id}`);
  const cosLat = Math.cos((def.center.lat * Math.PI) / 180);
  const placed: LngLat[] = [];
  for (let k = 0; k < Object.keys(def.communities).length; k++) {
    let p: LngLat = def.center;
    for (let attempt = 0; attempt < 200; attempt++) {
      const r = def.radiusKm * 0.85 * Math.sqrt(rng.next());
      const theta = 2 * Math.PI * rng.next();
      p = {
        lng: Number((def.center.lng + (r * Math.cos(theta)) / (111.32 * cosLat)).toFixed(4)),
        lat: Number((def.center.lat + (r * Math.sin(theta)) / 110.574).toFixed(4)),
      };
      if (placed.every((q) => distanceMeters(p, q) >= 200)) break;
    }
    placed.push(p);
  }
  return placed;
}

function buildHomes(phones: PhoneBook): Home[] {
  const homes: Home[] = [];
  for (const def of TOWNS) {
    const locations = placeHomes(def);
    Object.entries(def.communities).forEach(([community, slug], k) => {
      const id = `${def.id}-${slug}`;
      const rng = new Rng(`home:${id}`);
      const communityType: CommunityType = community.endsWith('村') ? '村' : '社区';
      const village = communityType === '村';

      // Where in the building: decides both the address and the accessibility note.
      const upstairs = !village && rng.chance(0.2);
      const where = rng.pick(
        village ? DATA.homePlaces.village : upstairs ? DATA.homePlaces.upstairs : DATA.homePlaces.ground,
      );
      const { accessibility: access } = DATA;
      const accessibility = upstairs
        ? access.upstairs
        : rng.pick([...access.ground, village ? access.groundVillage : access.groundCommunity, undefined]);

      const facilities = [
        ...rng.sample(DATA.facilities.core, rng.int(1, 2)),
        ...rng.sample(DATA.facilities.more, rng.int(1, 3)),
      ].slice(0, 5);
      const activities = rng.sample(village ? DATA.activities.village : DATA.activities.community, rng.int(2, 4));

      const home: Home = {
        id,
        name: `${community}儿童之家`,
        town: def.id,
        community,
        communityType,
        address: `${DISTRICT.name}${def.name}${community}${where}（示例地址）`,
        location: locations[k]!,
        hours: rng.pick(village ? DATA.hours.village : DATA.hours.community).map((s) => ({ ...s, days: [...s.days] })),
        director: { name: sampleName(rng), phone: phones.take(rng) },
        facilities,
        activities,
        verified: ymdOf(dayNumber('2024-09-02') + rng.int(0, 88)),
      };
      if (rng.chance(0.6)) home.holidayNote = rng.pick(DATA.holidayNotes);
      if (accessibility) home.accessibility = accessibility;
      homes.push(home);
    });
  }
  return homes;
}

// ---------------------------------------------------------------------------------------------
// Lectures
// ---------------------------------------------------------------------------------------------

interface Lecture {
  id: string;
  title: string;
  topic: Topic;
  start: string;
  end: string;
  venue: { home: string } | { address: string; town: string };
  speaker: { name: string; org: string };
  audience: string;
  status: Status;
  originalStart?: string;
  cancelReason?: string;
  attendance?: number;
  leaflets?: number;
  body: string;
}

function speakerOrg(topic: Topic, town: TownDef, rng: Rng): string {
  return rng.pick(DATA.speakerOrgs[topic]).replace('{本地}', officeOf(town));
}

/** A daytime slot: 09:00–11:30 or 14:30–17:00, lasting 60 or 90 minutes. */
function timeSlot(rng: Rng): { start: number; end: number } {
  const morning = rng.chance(0.55);
  const length = rng.pick([60, 90]);
  const first = morning ? 9 * 60 : 14 * 60 + 30;
  const last = (morning ? 11 * 60 + 30 : 17 * 60) - length;
  const start = first + 30 * rng.int(0, (last - first) / 30);
  return { start, end: start + length };
}

function pickTemplate(rng: Rng, month: number, used: Map<string, number>): LectureTemplate {
  const fits = DATA.lectureTemplates.filter((t) => !t.months || t.months.includes(month));
  // Prefer the least used titles so that titles vary.
  const least = Math.min(...fits.map((t) => used.get(t.title) ?? 0));
  const choice = rng.pick(fits.filter((t) => (used.get(t.title) ?? 0) === least));
  used.set(choice.title, (used.get(choice.title) ?? 0) + 1);
  return choice;
}

/** Distinct day numbers in [from, to], avoiding the given closed ranges. */
function drawDays(
  rng: Rng,
  from: string,
  to: string,
  count: number,
  avoid: ReadonlyArray<readonly [string, string]>,
): number[] {
  const lo = dayNumber(from);
  const hi = dayNumber(to);
  const blocked = (d: number) => avoid.some(([a, b]) => d >= dayNumber(a) && d <= dayNumber(b));
  const days = new Set<number>();
  while (days.size < count) {
    let d = rng.int(lo, hi);
    // Guardians who work are free at weekends: move about half the weekday draws to the Saturday.
    if (isoWeekday(d) <= 5 && rng.chance(0.5)) d += 6 - isoWeekday(d);
    if (d <= hi && !blocked(d)) days.add(d);
  }
  return [...days].sort((a, b) => a - b);
}

interface LectureContext {
  homesByTown: Map<string, Home[]>;
}

function makeLecture(
  rng: Rng,
  day: number,
  town: TownDef,
  useHome: Home | null,
  status: Status,
  used: Map<string, number>,
): Lecture {
  const ymd = ymdOf(day);
  const month = Number(ymd.slice(5, 7));
  const t = pickTemplate(rng, month, used);
  const slot = timeSlot(rng);
  const village = useHome ? useHome.communityType === '村' : town.type !== '街道';
  const title = t.title.replace('{进}', village ? '进村' : '进社区');
  const hall = useHome ? '' : `${officeOf(town)}${rng.pick(DATA.lectureHalls)}`;
  const venue = useHome ? { home: useHome.id } : { address: `${DISTRICT.name}${hall}（示例地址）`, town: town.id };
  const place = useHome ? useHome.name : hall;
  let body: string;
  if (status === '已举办') {
    body = [
      `本场讲座在${place}举行，主讲人讲解了${t.covers}。`,
      rng.pick(DATA.sentences.questions),
      rng.pick(DATA.sentences.leaflets),
    ].join('');
  } else if (status === '取消') {
    body = [
      `本场讲座原定在${place}举行，计划讲解${t.covers}。`,
      '讲座已取消，相关内容将并入下一场讲座，时间另行通知。',
    ].join('');
  } else {
    const lead =
      status === '改期' ? `本场讲座改期后仍在${place}举行，内容不变，讲解` : `本场讲座将在${place}举行，讲解`;
    body = [`${lead}${t.covers}。`, `欢迎${t.audience}参加。`, rng.pick(DATA.sentences.invitations)].join('');
  }
  return {
    id: `${ymd}-${useHome ? useHome.id : town.id}`,
    title,
    topic: t.topic,
    start: `${ymd} ${hhmm(slot.start)}`,
    end: `${ymd} ${hhmm(slot.end)}`,
    venue,
    speaker: { name: sampleName(rng), org: speakerOrg(t.topic, town, rng) },
    audience: t.audience,
    status,
    body,
  };
}

function chooseHome(rng: Rng, ctx: LectureContext, town: TownDef, taken: Set<string>): Home {
  const homes = ctx.homesByTown.get(town.id)!;
  const fresh = homes.filter((h) => !taken.has(h.id));
  const h = rng.pick(fresh.length > 0 ? fresh : homes);
  taken.add(h.id);
  return h;
}

function buildLectures(homes: readonly Home[]): Lecture[] {
  const homesByTown = new Map<string, Home[]>();
  for (const h of homes) homesByTown.set(h.town, [...(homesByTown.get(h.town) ?? []), h]);
  const ctx: LectureContext = { homesByTown };
  const used = new Map<string, number>();
  const taken = new Set<string>();

  // --- History: 36 held lectures, 2023-03 … 2024-11-10, every division at least once. ----------
  const past = new Rng('lectures:past');
  const pastDays = drawDays(past, '2023-03-04', '2024-11-10', 36, [
    ['2023-09-29', '2023-10-06'], // National Day holiday
    ['2024-01-20', '2024-02-25'], // around Spring Festival 2024 (02-10)
    ['2024-10-01', '2024-10-07'],
  ]);
  const weighted = TOWNS.flatMap((t) => Array<TownDef>(Object.keys(t.communities).length).fill(t));
  const pastTowns = past.shuffle([...TOWNS, ...Array.from({ length: 36 - TOWNS.length }, () => past.pick(weighted))]);
  const held = pastDays.map((day, i) => {
    const town = pastTowns[i]!;
    const atHome = past.chance(0.85);
    const lecture = makeLecture(past, day, town, atHome ? chooseHome(past, ctx, town, taken) : null, '已举办', used);
    const rural = town.type !== '街道';
    lecture.attendance = rural ? past.int(40, 150) : past.int(30, 120);
    return lecture;
  });
  // Leaflets: a few per person present (some go to families who could not come), scaled so that
  // the total lands between 15,200 and 16,500 (the district reported "more than 15,000").
  const target = 10 * past.int(1540, 1620);
  const raw = held.map((l) => l.attendance! * (3 + 4 * past.next()));
  const scale = target / raw.reduce((a, b) => a + b, 0);
  const leaflets = raw.map((r, i) => Math.max(held[i]!.attendance! + 20, 10 * Math.round((r * scale) / 10)));
  let diff = target - leaflets.reduce((a, b) => a + b, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % leaflets.length) {
    const step = diff > 0 ? 10 : -10;
    if (leaflets[i]! + step >= held[i]!.attendance! + 20) {
      leaflets[i] = leaflets[i]! + step;
      diff -= step;
    }
  }
  held.forEach((l, i) => (l.leaflets = leaflets[i]!));

  // --- The coming season: 12 lectures, 2026-12-03 … 2027-03-30. -------------------------------
  const next = new Rng('lectures:upcoming');
  const springFestival: readonly [string, string] = ['2027-02-04', '2027-02-14']; // 除夕 02-05, 春节 02-06
  const upcomingDays = drawDays(next, '2026-12-03', '2027-03-30', 12, [springFestival, ['2027-01-01', '2027-01-03']]);
  const upcomingTowns = next.sample(TOWNS, 12);
  // One postponed (its original date a week earlier), one cancelled for snow; both in winter.
  const winter = upcomingDays.map((d, i) => [d, i] as const).filter(([d]) => d <= dayNumber('2027-01-31'));
  const postponedIndex = winter.find(([d]) => d - 7 >= dayNumber('2026-12-03'))![1];
  const cancelledIndex = winter.filter(([, i]) => i !== postponedIndex).at(-1)![1];
  const freeAddress = new Set(
    next.sample(
      upcomingDays.map((_, i) => i).filter((i) => i !== postponedIndex && i !== cancelledIndex),
      2,
    ),
  );
  const upcoming = upcomingDays.map((day, i) => {
    const town = upcomingTowns[i]!;
    const status: Status = i === postponedIndex ? '改期' : i === cancelledIndex ? '取消' : '待举办';
    const home = freeAddress.has(i) ? null : chooseHome(next, ctx, town, taken);
    const lecture = makeLecture(next, day, town, home, status, used);
    if (status === '改期') {
      lecture.originalStart = `${ymdOf(day - 7)} ${lecture.start.slice(11)}`;
    }
    if (status === '取消') {
      lecture.cancelReason = DATA.cancelReason;
    }
    return lecture;
  });

  return [...held, ...upcoming];
}

// ---------------------------------------------------------------------------------------------
// YAML output (hand-written so the files read the way an editor would write them)
// ---------------------------------------------------------------------------------------------

/** A scalar as YAML: plain when that round-trips as the same string, double-quoted otherwise. */
function scalar(value: string | number, opts: { flow?: boolean; quote?: boolean } = {}): string {
  if (typeof value === 'number') return String(value);
  const risky =
    opts.quote ||
    value === '' ||
    /^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(value) ||
    /\s$/.test(value) ||
    /: |:$| #/.test(value) ||
    (opts.flow === true && /[,[\]{}]/.test(value)) ||
    /^(true|false|yes|no|on|off|null|~|[-+]?[\d.]+(e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+)$/i.test(value);
  return risky ? JSON.stringify(value) : value;
}

const flowList = (items: ReadonlyArray<string | number>): string =>
  `[${items.map((v) => scalar(v, { flow: true })).join(', ')}]`;
const point = (p: LngLat): string => `{ lng: ${p.lng.toFixed(4)}, lat: ${p.lat.toFixed(4)} }`;

function townsYaml(towns: readonly Town[]): string {
  const lines = [SAMPLE_MARKER, `# ${DISTRICT.name} ${TOWNS.length} 个街道、乡镇，每个一位儿童督导员。`];
  for (const t of towns) {
    lines.push(
      `- id: ${t.id}`,
      `  name: ${scalar(t.name)}`,
      `  type: ${scalar(t.type)}`,
      '  supervisor:',
      `    role: ${scalar(t.supervisor.role)}`,
      `    name: ${scalar(t.supervisor.name)}`,
      `    phone: ${scalar(t.supervisor.phone)}`,
    );
    if (t.station) {
      lines.push('  station:', `    name: ${scalar(t.station.name)}`, `    address: ${scalar(t.station.address)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function homeYaml(h: Home): string {
  const lines = [
    SAMPLE_MARKER,
    `id: ${h.id}`,
    `name: ${scalar(h.name)}`,
    `town: ${h.town}`,
    `community: ${scalar(h.community)}`,
    `communityType: ${scalar(h.communityType)}`,
    `address: ${scalar(h.address)}`,
    `location: ${point(h.location)}`,
    'hours:',
    ...h.hours.flatMap((s) => [
      `  - days: ${flowList(s.days)}`,
      `    open: ${scalar(s.open, { quote: true })}`,
      `    close: ${scalar(s.close, { quote: true })}`,
    ]),
  ];
  if (h.holidayNote) lines.push(`holidayNote: ${scalar(h.holidayNote)}`);
  lines.push(
    'director:',
    `  name: ${scalar(h.director.name)}`,
    `  phone: ${scalar(h.director.phone)}`,
    `facilities: ${flowList(h.facilities)}`,
    `activities: ${flowList(h.activities)}`,
  );
  if (h.accessibility) lines.push(`accessibility: ${scalar(h.accessibility)}`);
  lines.push(`verified: ${h.verified}`);
  return `${lines.join('\n')}\n`;
}

function lectureFrontmatter(l: Lecture): string[] {
  const lines = [
    SAMPLE_MARKER,
    `id: ${l.id}`,
    `title: ${scalar(l.title)}`,
    `topic: ${scalar(l.topic)}`,
    `start: ${l.start}`,
    `end: ${l.end}`,
    'venue:',
    ...('home' in l.venue
      ? [`  home: ${l.venue.home}`]
      : [`  address: ${scalar(l.venue.address)}`, `  town: ${l.venue.town}`]),
    'speaker:',
    `  name: ${scalar(l.speaker.name)}`,
    `  org: ${scalar(l.speaker.org)}`,
    `audience: ${scalar(l.audience)}`,
    `status: ${scalar(l.status)}`,
  ];
  if (l.originalStart) lines.push(`originalStart: ${l.originalStart}`);
  if (l.cancelReason) lines.push(`cancelReason: ${scalar(l.cancelReason)}`);
  if (l.attendance !== undefined) lines.push(`attendance: ${l.attendance}`);
  if (l.leaflets !== undefined) lines.push(`leaflets: ${l.leaflets}`);
  return lines;
}

function lectureMarkdown(l: Lecture): string {
  return ['---', ...lectureFrontmatter(l), '---', '', l.body, ''].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Self-checks: the output must parse back to exactly what was meant, and keep the brief's promises.
// ---------------------------------------------------------------------------------------------

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`generate-sample-directory: ${message}`);
}

function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

/** JSON with object keys sorted, so that field order does not matter. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
        )
      : v,
  );
}

function roundTrip(file: string, text: string, expected: unknown): void {
  const parsed = parseYaml(text);
  assert(canonical(parsed) === canonical(plain(expected)), `${file} does not parse back to the intended data`);
}

function check(towns: readonly Town[], homes: readonly Home[], lectures: readonly Lecture[]): void {
  assert(towns.length === 15, 'expected 15 divisions');
  assert(homes.length === 140, `expected 140 homes, got ${homes.length}`);
  const ids = new Set(homes.map((h) => h.id));
  assert(ids.size === homes.length, 'home ids must be unique');
  const phones = [...towns.map((t) => t.supervisor.phone), ...homes.map((h) => h.director.phone)];
  assert(new Set(phones).size === phones.length, 'phone numbers must be distinct');
  assert(
    phones.every((p) => new RegExp(`^${DISTRICT.areaCode}-0\\d{6}$`).test(p)),
    `sample phones must be ${DISTRICT.areaCode}-0 + 6 digits`,
  );
  for (const t of TOWNS) {
    const own = homes.filter((h) => h.town === t.id);
    assert(own.length >= 4, `${t.name} has fewer than 4 homes`);
    assert(isInsideOutline(t.center, DISTRICT.outline), `${t.name} centre is outside the district's outline`);
    for (const h of own) {
      assert(/^[a-z]+(-[a-z]+)+$/.test(h.id), `bad home id ${h.id}`);
      assert(isInsideOutline(h.location, DISTRICT.outline), `${h.id} is outside the district's outline`);
      assert(distanceMeters(h.location, t.center) <= t.radiusKm * 1000, `${h.id} is outside its division's radius`);
      assert(h.facilities.length >= 2 && h.facilities.length <= 5, `${h.id}: 2–5 facilities`);
      assert(h.activities.length >= 2 && h.activities.length <= 4, `${h.id}: 2–4 activities`);
      assert(h.verified >= '2024-09-01' && h.verified <= '2024-11-30', `${h.id}: verified out of range`);
    }
  }
  const names = [
    ...towns.map((t) => t.supervisor.name),
    ...homes.map((h) => h.director.name),
    ...lectures.map((l) => l.speaker.name),
  ];
  assert(
    names.every((n) => /^.某{1,2}（示例）$/.test(n)),
    'every person must be "<surname>某（示例）"',
  );

  const lectureIds = new Set(lectures.map((l) => l.id));
  assert(lectureIds.size === lectures.length, 'lecture ids must be unique');
  const held = lectures.filter((l) => l.status === '已举办');
  assert(held.length === 36, 'expected 36 held lectures');
  const townOf = (l: Lecture) =>
    'home' in l.venue ? homes.find((h) => h.id === (l.venue as { home: string }).home)!.town : l.venue.town;
  assert(new Set(held.map(townOf)).size === 15, 'every division needs at least one held lecture');
  const leafletTotal = held.reduce((a, l) => a + l.leaflets!, 0);
  assert(leafletTotal >= 15_200 && leafletTotal <= 16_500, `leaflets total ${leafletTotal} out of range`);
  assert(
    held.every((l) => l.attendance! >= 30 && l.attendance! <= 150),
    'attendance must be 30–150',
  );
  assert(
    held.every((l) => l.start >= '2023-03-01' && l.start <= '2024-11-10 23:59'),
    'held lectures out of range',
  );
  const upcoming = lectures.filter((l) => l.status !== '已举办');
  assert(upcoming.length === 12, 'expected 12 upcoming lectures');
  assert(
    upcoming.filter((l) => l.status === '改期').length === 1 &&
      upcoming.filter((l) => l.status === '取消').length === 1,
    'one 改期 and one 取消',
  );
  assert(upcoming.filter((l) => !('home' in l.venue)).length === 2, 'two upcoming lectures at a free address');
  for (const l of lectures) {
    assert([...l.title].length <= 50, `${l.id}: title too long`);
    assert('home' in l.venue ? ids.has(l.venue.home) : true, `${l.id}: unknown home`);
    const [s, e] = [l.start.slice(11), l.end.slice(11)];
    assert((s >= '09:00' && e <= '11:30') || (s >= '14:30' && e <= '17:00'), `${l.id}: not in a daytime slot`);
    for (const at of [l.start, l.originalStart].filter((x): x is string => !!x)) {
      assert(!(at >= '2027-02-06' && at <= '2027-02-13 23:59'), `${l.id}: falls in Spring Festival 2027`);
    }
    if (l.status !== '已举办')
      assert(l.start >= '2026-12-03' && l.start <= '2027-03-30 23:59', `${l.id}: upcoming out of range`);
  }
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

function main(argv: readonly string[]): number {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const outIndex = argv.indexOf('--out');
  // --out is relative to the working directory; CONTENT_DIR, like the build's, to the repository root.
  const contentDir =
    outIndex >= 0 ? path.resolve(argv[outIndex + 1]!) : path.resolve(root, process.env['CONTENT_DIR'] ?? 'content');
  const checkOnly = argv.includes('--check');

  const phones = new PhoneBook();
  const towns = buildTowns(phones);
  const homes = buildHomes(phones);
  const lectures = buildLectures(homes);
  check(towns, homes, lectures);

  const files = new Map<string, string>();
  const townsText = townsYaml(towns);
  roundTrip(KINDS.towns.path, townsText, towns);
  files.set(KINDS.towns.path, townsText);
  for (const h of homes) {
    const text = homeYaml(h);
    roundTrip(entryFile('homes', h.id), text, h);
    files.set(entryFile('homes', h.id), text);
  }
  for (const l of lectures) {
    const text = lectureMarkdown(l);
    const { body: _body, ...frontmatter } = l;
    roundTrip(entryFile('lectures', l.id), `${lectureFrontmatter(l).join('\n')}\n`, frontmatter);
    files.set(entryFile('lectures', l.id), text);
  }

  // A sample file, whichever version of the generator wrote it: its marker line starts the same.
  const isSample = (file: string) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .slice(0, 2)
      .some((line) => line.startsWith(SAMPLE_MARKER_START));
  const existingSample = (kind: KindName) => {
    const dir = path.join(contentDir, KINDS[kind].path);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => hasKindExtension(KINDS[kind], f) && isSample(path.join(dir, f)))
      .map((f) => path.join(KINDS[kind].path, f));
  };
  const stale = [...existingSample('homes'), ...existingSample('lectures')].filter((f) => !files.has(f));

  if (checkOnly) {
    const differ = [...files].filter(([rel, text]) => {
      const file = path.join(contentDir, rel);
      return !existsSync(file) || readFileSync(file, 'utf8') !== text;
    });
    for (const [rel] of differ) console.error(`differs: ${rel}`);
    for (const rel of stale) console.error(`stale: ${rel}`);
    if (differ.length + stale.length > 0) return 1;
    console.log(`sample directory up to date: ${files.size} files`);
    return 0;
  }

  // Never overwrite a file an editor has turned into real data (it no longer has the marker).
  const guarded = [...files.keys()].filter((rel) => {
    const file = path.join(contentDir, rel);
    return existsSync(file) && !isSample(file);
  });
  if (guarded.length > 0) {
    console.error(`refusing to overwrite files without the sample marker:\n  ${guarded.join('\n  ')}`);
    return 1;
  }
  for (const rel of stale) rmSync(path.join(contentDir, rel));
  for (const [rel, text] of files) {
    const file = path.join(contentDir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }

  const held = lectures.filter((l) => l.status === '已举办');
  console.log(
    [
      `wrote ${files.size} files into ${path.relative(root, contentDir) || '.'} (${towns.length} divisions, ${homes.length} homes, ${lectures.length} lectures; removed ${stale.length} stale)`,
      `held lectures: ${held.length}, attendance ${held.reduce((a, l) => a + l.attendance!, 0)}, leaflets ${held.reduce((a, l) => a + l.leaflets!, 0)}`,
      `homes per division: ${towns.map((t) => `${t.name} ${homes.filter((h) => h.town === t.id).length}`).join('，')}`,
    ].join('\n'),
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
