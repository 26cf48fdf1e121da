/**
 * Generates the SAMPLE directory data: content/towns.yaml, content/homes/*.yaml and
 * content/lectures/*.md.
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
 *   node scripts/generate-sample-directory.ts           write into $CONTENT_DIR (default: content)
 *   node scripts/generate-sample-directory.ts --check   exit 1 if the files on disk differ from the output
 *   node scripts/generate-sample-directory.ts --out DIR write into DIR (relative to the working directory)
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
import { distanceMeters, isInsideDistrict, type LngLat } from '../src/lib/geo.ts';

const SEED = 20241115; // the date of the district report the programme figures come from

export const SAMPLE_MARKER = '# 示例数据（非真实信息），由 scripts/generate-sample-directory.ts 生成；改成真实信息时删除本行';

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

interface TownDef {
  id: string;
  name: string;
  type: TownType;
  /** GCJ-02, approximate centre of the division. */
  center: LngLat;
  radiusKm: number;
  hasStation: boolean;
  /** [name, pinyin slug]; the suffix 村 / 社区 decides communityType. */
  communities: ReadonlyArray<readonly [string, string]>;
}

// Centres are approximate GCJ-02 positions (WGS-84 + ≈0.0045° lng, +0.0005° lat here). The eleven
// streets cover the old city around the Drum Tower (鼓楼, ≈106.291, 38.471); the towns lie to the
// east and north-east, 月牙湖乡 across the Yellow River. Counts follow population: more homes in the
// big streets and in 掌政镇, at least 4 everywhere; 140 in all, one per village or community.
const TOWNS: readonly TownDef[] = [
  {
    id: 'fenghuangbeijie', name: '凤凰北街街道', type: '街道', center: { lng: 106.2771, lat: 38.4851 }, radiusKm: 1.2, hasStation: true,
    communities: [['北塔社区', 'beita'], ['凤凰社区', 'fenghuang'], ['湖滨社区', 'hubin'], ['宝湖社区', 'baohu'], ['银啤社区', 'yinpi'], ['光明社区', 'guangming'], ['北苑社区', 'beiyuan'], ['海宝社区', 'haibao'], ['红花渠社区', 'honghuaqu'], ['金凤社区', 'jinfeng']],
  },
  {
    id: 'jiefangxijie', name: '解放西街街道', type: '街道', center: { lng: 106.2742, lat: 38.4693 }, radiusKm: 1.1, hasStation: false,
    communities: [['西塔社区', 'xita'], ['进宁社区', 'jinning'], ['南薰社区', 'nanxun'], ['长城社区', 'changcheng'], ['利民社区', 'limin'], ['新城社区', 'xincheng'], ['兴庆府社区', 'xingqingfu'], ['西门社区', 'ximen']],
  },
  {
    id: 'wenhuajie', name: '文化街街道', type: '街道', center: { lng: 106.2866, lat: 38.4611 }, radiusKm: 1.1, hasStation: true,
    communities: [['文化社区', 'wenhua'], ['文昌社区', 'wenchang'], ['银湖社区', 'yinhu'], ['民族社区', 'minzu'], ['书香社区', 'shuxiang'], ['康乐社区', 'kangle'], ['园林社区', 'yuanlin'], ['青年社区', 'qingnian'], ['育才社区', 'yucai']],
  },
  {
    id: 'funingjie', name: '富宁街街道', type: '街道', center: { lng: 106.3035, lat: 38.4788 }, radiusKm: 1.3, hasStation: true,
    communities: [['富宁社区', 'funing'], ['宁安社区', 'ningan'], ['清和社区', 'qinghe'], ['东苑社区', 'dongyuan'], ['永康社区', 'yongkang'], ['和顺社区', 'heshun'], ['丰庆社区', 'fengqing'], ['兴源社区', 'xingyuan'], ['康居社区', 'kangju'], ['泰和社区', 'taihe'], ['嘉宁社区', 'jianing']],
  },
  {
    id: 'xinhuajie', name: '新华街街道', type: '街道', center: { lng: 106.2912, lat: 38.4705 }, radiusKm: 0.9, hasStation: false,
    communities: [['新华社区', 'xinhua'], ['鼓楼社区', 'gulou'], ['玉泉社区', 'yuquan'], ['同心社区', 'tongxin'], ['承天社区', 'chengtian'], ['东门社区', 'dongmen'], ['银座社区', 'yinzuo']],
  },
  {
    id: 'yuhuangebeijie', name: '玉皇阁北街街道', type: '街道', center: { lng: 106.2961, lat: 38.4836 }, radiusKm: 1.0, hasStation: false,
    communities: [['玉皇阁社区', 'yuhuangge'], ['北门社区', 'beimen'], ['长庆社区', 'changqing'], ['北环社区', 'beihuan'], ['怀远社区', 'huaiyuan'], ['宏图社区', 'hongtu'], ['安居社区', 'anju'], ['福寿社区', 'fushou']],
  },
  {
    id: 'qianjinjie', name: '前进街街道', type: '街道', center: { lng: 106.2864, lat: 38.4967 }, radiusKm: 1.2, hasStation: true,
    communities: [['前进社区', 'qianjin'], ['银河社区', 'yinhe'], ['湖畔社区', 'hupan'], ['友爱社区', 'youai'], ['幸福社区', 'xingfu'], ['团结社区', 'tuanjie'], ['春华社区', 'chunhua'], ['文萃社区', 'wencui'], ['新月社区', 'xinyue']],
  },
  {
    id: 'zhongshannanjie', name: '中山南街街道', type: '街道', center: { lng: 106.2985, lat: 38.4584 }, radiusKm: 1.1, hasStation: false,
    communities: [['中山社区', 'zhongshan'], ['南门社区', 'nanmen'], ['丽水社区', 'lishui'], ['金桥社区', 'jinqiao'], ['东风社区', 'dongfeng'], ['南苑社区', 'nanyuan'], ['和平社区', 'heping'], ['清平社区', 'qingping']],
  },
  {
    id: 'yingulu', name: '银古路街道', type: '街道', center: { lng: 106.3355, lat: 38.4818 }, radiusKm: 1.8, hasStation: true,
    communities: [['银古社区', 'yingu'], ['兴业社区', 'xingye'], ['金轮社区', 'jinlun'], ['紫园社区', 'ziyuan'], ['华雁社区', 'huayan'], ['恒昌社区', 'hengchang'], ['兴水社区', 'xingshui'], ['丰盈社区', 'fengying'], ['临河社区', 'linhe'], ['秀水社区', 'xiushui']],
  },
  {
    id: 'shenglijie', name: '胜利街街道', type: '街道', center: { lng: 106.3088, lat: 38.4521 }, radiusKm: 1.4, hasStation: false,
    communities: [['胜利社区', 'shengli'], ['南环社区', 'nanhuan'], ['双渠口社区', 'shuangqukou'], ['燕庆社区', 'yanqing'], ['清河社区', 'qinghe'], ['正源社区', 'zhengyuan'], ['宁华社区', 'ninghua'], ['丽子园社区', 'liziyuan'], ['红旗社区', 'hongqi'], ['民生社区', 'minsheng']],
  },
  {
    id: 'lijingjie', name: '丽景街街道', type: '街道', center: { lng: 106.3222, lat: 38.4972 }, radiusKm: 1.6, hasStation: true,
    communities: [['丽景社区', 'lijing'], ['碧水社区', 'bishui'], ['湖光社区', 'huguang'], ['景湖社区', 'jinghu'], ['丽湖社区', 'lihu'], ['金丽社区', 'jinli'], ['锦苑社区', 'jinyuan'], ['景城社区', 'jingcheng'], ['东城社区', 'dongcheng'], ['雅园社区', 'yayuan'], ['清苑社区', 'qingyuan'], ['悦海社区', 'yuehai']],
  },
  {
    id: 'zhangzheng', name: '掌政镇', type: '镇', center: { lng: 106.38, lat: 38.42 }, radiusKm: 5, hasStation: true,
    communities: [['掌政村', 'zhangzheng'], ['塔桥村', 'taqiao'], ['强家庙村', 'qiangjiamiao'], ['洼路村', 'walu'], ['永南村', 'yongnan'], ['杨家寨村', 'yangjiazhai'], ['春林村', 'chunlin'], ['五渡桥村', 'wuduqiao'], ['茂盛村', 'maosheng'], ['镇河村', 'zhenhe'], ['孔雀村', 'kongque'], ['春晖社区', 'chunhui'], ['金鹏社区', 'jinpeng'], ['镇北社区', 'zhenbei']],
  },
  {
    id: 'daxin', name: '大新镇', type: '镇', center: { lng: 106.33, lat: 38.535 }, radiusKm: 3.5, hasStation: false,
    communities: [['大新村', 'daxin'], ['新水桥村', 'xinshuiqiao'], ['燕鸽湖村', 'yangehu'], ['上前城村', 'shangqiancheng'], ['新渠稍村', 'xinqushao'], ['永固村', 'yonggu'], ['良渠稍村', 'liangqushao'], ['塔湾村', 'tawan'], ['民乐社区', 'minle'], ['兴源社区', 'xingyuan']],
  },
  {
    id: 'tonggui', name: '通贵乡', type: '乡', center: { lng: 106.42, lat: 38.55 }, radiusKm: 5, hasStation: false,
    communities: [['通贵村', 'tonggui'], ['通南村', 'tongnan'], ['通北村', 'tongbei'], ['司家桥村', 'sijiaqiao'], ['河滩村', 'hetan'], ['西和村', 'xihe'], ['雷台村', 'leitai'], ['通达社区', 'tongda']],
  },
  {
    id: 'yueyahu', name: '月牙湖乡', type: '乡', center: { lng: 106.58, lat: 38.35 }, radiusKm: 7, hasStation: true,
    communities: [['塘南村', 'tangnan'], ['大河子村', 'dahezi'], ['海陶北村', 'haitaobei'], ['海陶南村', 'haitaonan'], ['滨河家园村', 'binhejiayuan'], ['月牙湖社区', 'yueyahu']],
  },
];

const SURNAMES = ['王', '李', '张', '刘', '马', '杨', '陈', '赵', '周', '吴', '徐', '孙', '胡', '朱', '高', '何', '郭', '罗', '海', '丁', '田', '冯', '金', '韩', '纳', '苏', '沙', '黄', '梁', '宋', '任', '蒋', '白', '魏', '虎', '杜'];

/** "<surname>某（示例）" or "<surname>某某（示例）": never a real person's name. */
function sampleName(rng: Rng): string {
  return `${rng.pick(SURNAMES)}${rng.chance(0.5) ? '某' : '某某'}（示例）`;
}

/** Hands out distinct 0951-0xxxxxx numbers (a 0 after the area code is never a real number). */
class PhoneBook {
  private used = new Set<string>();
  take(rng: Rng): string {
    let n = rng.int(0, 999_999);
    let phone = '';
    do {
      phone = `0951-0${String(n).padStart(6, '0')}`;
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
  center: LngLat;
  radiusKm: number;
  supervisor: { role: string; name: string; phone: string };
  station?: { name: string; address: string };
}

function stationAddress(t: TownDef, rng: Rng): string {
  const office = t.type === '街道' ? `${t.name}办事处` : `${t.name}人民政府`;
  return `兴庆区${office}${rng.pick(['一楼东侧', '便民服务中心内', '二楼', '院内西侧平房'])}（示例地址）`;
}

function buildTowns(phones: PhoneBook): Town[] {
  return TOWNS.map((t) => {
    const rng = new Rng(`town:${t.id}`);
    const town: Town = {
      id: t.id,
      name: t.name,
      type: t.type,
      center: t.center,
      radiusKm: t.radiusKm,
      supervisor: { role: '儿童督导员', name: sampleName(rng), phone: phones.take(rng) },
    };
    if (t.hasStation) town.station = { name: `${t.name}未成年人保护工作站`, address: stationAddress(t, rng) };
    return town;
  });
}

// ---------------------------------------------------------------------------------------------
// Homes
// ---------------------------------------------------------------------------------------------

interface Slot {
  days: number[];
  open: string;
  close: string;
}

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

const WEEKDAYS = [1, 2, 3, 4, 5];

const HOURS_COMMUNITY: readonly Slot[][] = [
  [{ days: WEEKDAYS, open: '16:00', close: '18:30' }, { days: [6], open: '09:00', close: '11:30' }],
  [{ days: WEEKDAYS, open: '15:30', close: '18:00' }, { days: [6, 7], open: '09:30', close: '11:30' }],
  [{ days: [1, 3, 5], open: '16:00', close: '18:30' }, { days: [6], open: '14:30', close: '17:30' }],
  [{ days: WEEKDAYS, open: '16:30', close: '19:00' }, { days: [6], open: '09:00', close: '12:00' }],
];
const HOURS_VILLAGE: readonly Slot[][] = [
  [{ days: WEEKDAYS, open: '15:30', close: '18:00' }, { days: [6], open: '09:00', close: '12:00' }],
  [{ days: WEEKDAYS, open: '16:00', close: '18:30' }, { days: [6, 7], open: '09:00', close: '11:30' }],
  [{ days: [2, 4], open: '16:00', close: '18:00' }, { days: [6, 7], open: '09:00', close: '12:00' }, { days: [6, 7], open: '14:30', close: '17:00' }],
  [{ days: WEEKDAYS, open: '15:00', close: '17:30' }, { days: [6], open: '08:30', close: '11:30' }],
];
const HOLIDAY_NOTES = [
  '寒暑假期间周一至周五 9:00–17:00 开放',
  '寒暑假期间每天 9:00–12:00、15:00–18:00 开放',
  '暑假期间周一至周六 8:30–11:30 开放，寒假开放安排另行通知',
  '法定节假日闭馆，寒暑假开放时间在村（居）委会公告栏公布',
];

const FACILITIES_CORE = ['阅览角', '活动室'];
const FACILITIES_MORE = ['心理疏导室', '亲子阅读区', '手工室', '多功能厅', '作业辅导区', '室外活动场地', '科普角', '绘本角', '体育器材室'];
const ACTIVITIES_COMMUNITY = ['课后作业辅导', '亲子阅读', '安全教育', '手工制作', '法治小课堂', '心理健康游戏', '书法兴趣班', '绘本故事会', '传统节日活动', '科普体验'];
const ACTIVITIES_VILLAGE = ['课后作业辅导', '亲子阅读', '安全教育', '防溺水教育', '暑期托管', '手工制作', '法治小课堂', '体育游戏', '传统节日活动'];

function placeHomes(def: TownDef): LngLat[] {
  // Rejection sampling inside 85 % of the radius, keeping homes of one division ≥ 200 m apart.
  const rng = new Rng(`locations:${def.id}`);
  const cosLat = Math.cos((def.center.lat * Math.PI) / 180);
  const placed: LngLat[] = [];
  for (let k = 0; k < def.communities.length; k++) {
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
    def.communities.forEach(([community, slug], k) => {
      const id = `${def.id}-${slug}`;
      const rng = new Rng(`home:${id}`);
      const communityType: CommunityType = community.endsWith('村') ? '村' : '社区';
      const village = communityType === '村';

      // Where in the building: decides both the address and the accessibility note.
      const upstairs = !village && rng.chance(0.2);
      const where = village
        ? rng.pick(['村委会院内', '村综合服务中心一楼', '村部东侧平房', '村新时代文明实践站内'])
        : upstairs
          ? rng.pick(['党群服务中心二楼', '居委会办公楼二楼'])
          : rng.pick(['党群服务中心一楼', '居委会院内', '综合服务站一楼', '新时代文明实践站内']);
      const accessibility = upstairs
        ? '二楼，没有电梯，需要协助请提前致电儿童主任'
        : rng.pick([
            '一楼，有无障碍坡道',
            '一楼，入口没有台阶',
            village ? '平房，院内地面平整' : '一楼，门口有两级台阶，工作人员可协助',
            undefined,
          ]);

      const facilities = [
        ...rng.sample(FACILITIES_CORE, rng.int(1, 2)),
        ...rng.sample(FACILITIES_MORE, rng.int(1, 3)),
      ].slice(0, 5);
      const activities = rng.sample(village ? ACTIVITIES_VILLAGE : ACTIVITIES_COMMUNITY, rng.int(2, 4));

      const home: Home = {
        id,
        name: `${community}儿童之家`,
        town: def.id,
        community,
        communityType,
        address: `兴庆区${def.name}${community}${where}（示例地址）`,
        location: locations[k]!,
        hours: rng.pick(village ? HOURS_VILLAGE : HOURS_COMMUNITY).map((s) => ({ ...s, days: [...s.days] })),
        director: { name: sampleName(rng), phone: phones.take(rng) },
        facilities,
        activities,
        verified: ymdOf(dayNumber('2024-09-02') + rng.int(0, 88)),
      };
      if (rng.chance(0.6)) home.holidayNote = rng.pick(HOLIDAY_NOTES);
      if (accessibility) home.accessibility = accessibility;
      homes.push(home);
    });
  }
  return homes;
}

// ---------------------------------------------------------------------------------------------
// Lectures
// ---------------------------------------------------------------------------------------------

type Topic = '家庭保护' | '学校保护' | '社会保护' | '网络保护' | '政府保护' | '司法保护' | '监护职责';
type Status = '待举办' | '改期' | '取消' | '已举办';

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

const TEMPLATES: readonly LectureTemplate[] = [
  { topic: '家庭保护', title: '《未成年人保护法》{进}宣讲：外出务工家庭怎样委托照护', audience: '留守儿童监护人、祖辈家长', covers: '《未成年人保护法》第二十二条、第二十三条关于委托照护的规定：委托谁、怎样书面告知学校和村（居）委会、每周至少联系一次' },
  { topic: '家庭保护', title: '家庭保护讲堂：监护人的十项职责逐条讲', audience: '辖区家长、祖辈监护人', covers: '《未成年人保护法》第十六条列出的十项监护职责，以及第十七条禁止监护人实施的行为' },
  { topic: '家庭保护', title: '家庭教育促进法{进}：父母怎样做好家庭教育', audience: '中小学生和幼儿家长', covers: '《家庭教育促进法》对父母的要求，以及怎样与孩子沟通、合理安排作息和学习' },
  { topic: '家庭保护', title: '居家安全一堂课：防触电、防烫伤、防跌落', audience: '幼儿家长、祖辈家长', covers: '《未成年人保护法》第十八条要求监护人排除的居家安全隐患，结合家中常见的插座、热水、阳台窗户逐项说明' },
  { topic: '监护职责', title: '监护职责讲座：未满八周岁的孩子不能无人看护', audience: '幼儿家长、祖辈家长、受委托照护人', covers: '《未成年人保护法》第二十一条：未满八周岁的孩子不能处于无人看护状态，也不能交给不适宜的人临时照护' },
  { topic: '监护职责', title: '未满十六周岁不能单独生活：监护职责说明会', audience: '外出务工家庭、受委托照护人', covers: '《未成年人保护法》第二十一条第二款和第二十二条：父母外出时孩子由谁照护，哪些人不能被委托' },
  { topic: '监护职责', title: '祖辈带娃也是监护：爷爷奶奶的法律课', audience: '祖辈家长', covers: '祖辈受委托照护时的责任，包括接送、看护、与外地父母保持联系和发现问题及时报告' },
  { topic: '监护职责', title: '返岗之前办好委托照护：外出父母说明会', audience: '准备外出务工的家长、受委托照护人', covers: '外出务工前怎样选择被委托人、怎样书面告知学校和村（居）委会，以及外出期间每周至少联系一次的要求', months: [2, 3] },
  { topic: '学校保护', title: '学校保护专题：家校携手防治学生欺凌', audience: '中小学生家长、学校老师', covers: '《未成年人保护法》第三十九条学生欺凌防控制度，家长发现孩子可能受欺凌或欺凌他人时怎样与学校沟通' },
  { topic: '学校保护', title: '开学前的家长课：学校保护与家校沟通', audience: '中小学生家长', covers: '《未成年人保护法》学校保护一章中学校的责任，家长怎样配合学校做好上下学安全和在校沟通', months: [2, 3, 8, 9] },
  { topic: '学校保护', title: '上下学路上的安全：校园周边安全与交通安全', audience: '中小学生家长、祖辈家长', covers: '校园周边安全的有关规定，以及上下学途中交通安全、接送孩子的注意事项' },
  { topic: '社会保护', title: '发现侵害要报告：强制报告制度讲解', audience: '村（社区）工作人员、网格员、儿童主任', covers: '《未成年人保护法》第十一条的强制报告义务：村（居）委会等单位在工作中发现孩子受到侵害或疑似受到侵害时，应当立即向公安、民政、教育等部门报告' },
  { topic: '社会保护', title: '社会保护{进}：住宿和娱乐场所接待未成年人的规定', audience: '辖区商户经营者、社区居民', covers: '《未成年人保护法》第五十七条旅馆宾馆接待未成年人入住时的询问和报告义务，第五十八条不得允许未成年人进入的场所' },
  { topic: '社会保护', title: '暑期防溺水与户外安全专题讲座', audience: '中小学生家长、祖辈家长', covers: '《未成年人保护法》第十八条关于防止溺水等事故的要求，结合本地沟渠、鱼塘和黄河岸边的危险水域逐一提醒', months: [5, 6, 7] },
  { topic: '网络保护', title: '网络保护家长课：防沉迷从家里做起', audience: '中小学生家长', covers: '《未成年人保护法》第七十一条监护人提高网络素养、安装未成年人网络保护软件、合理安排上网时间的要求' },
  { topic: '网络保护', title: '孩子的手机怎么管：家长网络素养课', audience: '中小学生家长、祖辈家长', covers: '《未成年人保护法》网络保护一章的主要规定，以及手机上未成年人模式、支付限额等设置方法' },
  { topic: '网络保护', title: '寒假上网提醒：游戏、直播与个人信息保护', audience: '中小学生家长', covers: '网络游戏防沉迷、直播打赏和个人信息保护的有关规定，以及寒假期间怎样和孩子约定上网时间', months: [12, 1] },
  { topic: '政府保护', title: '困境儿童分类保障政策解读', audience: '困境儿童家庭、村（社区）儿童主任', covers: '《未成年人保护法》第九十一条困境未成年人分类保障，以及申请救助、动态监护的办理渠道' },
  { topic: '政府保护', title: '事实无人抚养儿童认定与保障政策讲解', audience: '村（社区）工作人员、有关家庭', covers: '事实无人抚养儿童的认定情形、申请流程，以及按孤儿标准给予保障的政策' },
  { topic: '政府保护', title: '民政部门临时监护、长期监护是怎么回事', audience: '村（社区）工作人员、网格员', covers: '《未成年人保护法》第九十二条、第九十四条规定的民政部门临时监护和长期监护的情形，以及发现孩子无人照料时找谁' },
  { topic: '政府保护', title: '儿童之家免费开放：家门口的关爱阵地', audience: '辖区家长、祖辈家长', covers: '《未成年人保护法》第四十四条儿童之家免费开放的规定，以及儿童之家的开放时间、活动安排和儿童主任的联系方式' },
  { topic: '司法保护', title: '司法保护讲座：孩子受到侵害时怎样求助', audience: '辖区家长、村（社区）工作人员', covers: '孩子受到侵害时的报警、求助渠道，以及《未成年人保护法》第一百零三条对孩子个人信息和隐私的保护' },
  { topic: '司法保护', title: '法律援助与司法救助：未成年人权益保障', audience: '辖区家长、困境儿童家庭', covers: '《未成年人保护法》第一百零四条法律援助和司法救助的规定，以及申请法律援助的地点和材料' },
  { topic: '司法保护', title: '监护人失职的法律后果：撤销监护资格讲解', audience: '辖区家长、村（社区）工作人员', covers: '《未成年人保护法》第一百零八条：监护人不依法履行监护职责或严重侵害孩子权益时，人民法院可以撤销其监护资格' },
];

const QA_SENTENCES = [
  '答疑环节，不少家长询问外出务工前委托亲属照护要办哪些手续，主讲人说明了书面告知学校和村（居）委会的做法。',
  '现场答疑集中在委托照护：被委托人要具备什么条件、外出父母多久与孩子联系一次，主讲人逐一作了解答。',
  '祖辈家长提问较多，主要是接送、看护和与外地父母沟通的问题，儿童主任留下联系方式，方便会后继续咨询。',
  '互动环节中，有家长问能否请邻居临时照看孩子，主讲人解释了不得交由不适宜人员临时照护的规定和变通办法。',
  '会上还就委托照护协议怎样写、孩子转学时要告知哪些单位等问题进行了交流。',
];
const LEAFLET_SENTENCES = [
  '现场发放了法律要点折页和委托照护告知书样式等宣传资料。',
  '会后发放了宣传折页，并请儿童主任把剩余资料送到未能到场的家庭。',
  '现场设置了咨询台，发放宣传资料和求助电话卡片。',
  '活动结束时发放了宣传手册，并在公告栏张贴了求助电话。',
];
const INVITE_SENTENCES = [
  '讲座结束后现场答疑，有委托照护方面疑问的家长可以当面咨询。',
  '现场将发放宣传资料，欢迎带着问题来。',
  '讲座免费参加，无需报名，可带孩子一同前来，现场有工作人员看护。',
  '行动不便的老人可提前联系儿童主任，安排上门讲解。',
];

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
  const local = town.type === '街道' ? `${town.name}办事处` : `${town.name}人民政府`;
  const byTopic: Record<Topic, string[]> = {
    家庭保护: ['兴庆区民政局', '兴庆区某社会工作服务中心（示例）', local],
    监护职责: ['兴庆区民政局', '兴庆区某社会工作服务中心（示例）', local],
    学校保护: ['兴庆区司法局', '宁夏某律师事务所（示例）'],
    社会保护: ['兴庆区司法局', '宁夏某律师事务所（示例）', local],
    网络保护: ['宁夏某律师事务所（示例）', '兴庆区某社会工作服务中心（示例）', '兴庆区司法局'],
    政府保护: ['兴庆区民政局', local],
    司法保护: ['兴庆区司法局', '宁夏某律师事务所（示例）'],
  };
  return rng.pick(byTopic[topic]);
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
  const fits = TEMPLATES.filter((t) => !t.months || t.months.includes(month));
  // Prefer the least used titles so that titles vary.
  const least = Math.min(...fits.map((t) => used.get(t.title) ?? 0));
  const choice = rng.pick(fits.filter((t) => (used.get(t.title) ?? 0) === least));
  used.set(choice.title, (used.get(choice.title) ?? 0) + 1);
  return choice;
}

/** Distinct day numbers in [from, to], avoiding the given closed ranges. */
function drawDays(rng: Rng, from: string, to: string, count: number, avoid: ReadonlyArray<readonly [string, string]>): number[] {
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
  const hall = useHome
    ? ''
    : `${town.type === '街道' ? `${town.name}办事处` : `${town.name}人民政府`}${rng.pick(['二楼会议室', '三楼会议室', '多功能厅', '新时代文明实践所'])}`;
  const venue = useHome ? { home: useHome.id } : { address: `兴庆区${hall}（示例地址）`, town: town.id };
  const place = useHome ? useHome.name : hall;
  let body: string;
  if (status === '已举办') {
    body = [
      `本场讲座在${place}举行，主讲人讲解了${t.covers}。`,
      rng.pick(QA_SENTENCES),
      rng.pick(LEAFLET_SENTENCES),
    ].join('');
  } else if (status === '取消') {
    body = [`本场讲座原定在${place}举行，计划讲解${t.covers}。`, '讲座已取消，相关内容将并入下一场讲座，时间另行通知。'].join('');
  } else {
    const lead = status === '改期' ? `本场讲座改期后仍在${place}举行，内容不变，讲解` : `本场讲座将在${place}举行，讲解`;
    body = [`${lead}${t.covers}。`, `欢迎${t.audience}参加。`, rng.pick(INVITE_SENTENCES)].join('');
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
  const weighted = TOWNS.flatMap((t) => Array<TownDef>(t.communities.length).fill(t));
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
      lecture.cancelReason = '因降雪道路结冰，为安全起见取消';
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

const flowList = (items: ReadonlyArray<string | number>): string => `[${items.map((v) => scalar(v, { flow: true })).join(', ')}]`;
const point = (p: LngLat): string => `{ lng: ${p.lng.toFixed(4)}, lat: ${p.lat.toFixed(4)} }`;

function townsYaml(towns: readonly Town[]): string {
  const lines = [
    SAMPLE_MARKER,
    '# 兴庆区 15 个街道、乡镇，每个一位儿童督导员。中心坐标为 GCJ-02（高德地图取点），radiusKm 只用于生成示例数据。',
  ];
  for (const t of towns) {
    lines.push(
      `- id: ${t.id}`,
      `  name: ${scalar(t.name)}`,
      `  type: ${scalar(t.type)}`,
      `  center: ${point(t.center)}`,
      `  radiusKm: ${t.radiusKm}`,
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
    ...h.hours.flatMap((s) => [`  - days: ${flowList(s.days)}`, `    open: ${scalar(s.open, { quote: true })}`, `    close: ${scalar(s.close, { quote: true })}`]),
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
    ...('home' in l.venue ? [`  home: ${l.venue.home}`] : [`  address: ${scalar(l.venue.address)}`, `  town: ${l.venue.town}`]),
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
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
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
  assert(phones.every((p) => /^0951-0\d{6}$/.test(p)), 'sample phones must be 0951-0 + 6 digits');
  for (const t of towns) {
    const own = homes.filter((h) => h.town === t.id);
    assert(own.length >= 4, `${t.name} has fewer than 4 homes`);
    assert(isInsideDistrict(t.center), `${t.name} centre is outside DISTRICT_BOUNDS`);
    for (const h of own) {
      assert(/^[a-z]+(-[a-z]+)+$/.test(h.id), `bad home id ${h.id}`);
      assert(isInsideDistrict(h.location), `${h.id} is outside DISTRICT_BOUNDS`);
      assert(distanceMeters(h.location, t.center) <= t.radiusKm * 1000, `${h.id} is outside its division's radius`);
      assert(h.facilities.length >= 2 && h.facilities.length <= 5, `${h.id}: 2–5 facilities`);
      assert(h.activities.length >= 2 && h.activities.length <= 4, `${h.id}: 2–4 activities`);
      assert(h.verified >= '2024-09-01' && h.verified <= '2024-11-30', `${h.id}: verified out of range`);
    }
  }
  const names = [...towns.map((t) => t.supervisor.name), ...homes.map((h) => h.director.name), ...lectures.map((l) => l.speaker.name)];
  assert(names.every((n) => /^.某{1,2}（示例）$/.test(n)), 'every person must be "<surname>某（示例）"');

  const lectureIds = new Set(lectures.map((l) => l.id));
  assert(lectureIds.size === lectures.length, 'lecture ids must be unique');
  const held = lectures.filter((l) => l.status === '已举办');
  assert(held.length === 36, 'expected 36 held lectures');
  const townOf = (l: Lecture) => ('home' in l.venue ? homes.find((h) => h.id === (l.venue as { home: string }).home)!.town : l.venue.town);
  assert(new Set(held.map(townOf)).size === 15, 'every division needs at least one held lecture');
  const leafletTotal = held.reduce((a, l) => a + l.leaflets!, 0);
  assert(leafletTotal >= 15_200 && leafletTotal <= 16_500, `leaflets total ${leafletTotal} out of range`);
  assert(held.every((l) => l.attendance! >= 30 && l.attendance! <= 150), 'attendance must be 30–150');
  assert(held.every((l) => l.start >= '2023-03-01' && l.start <= '2024-11-10 23:59'), 'held lectures out of range');
  const upcoming = lectures.filter((l) => l.status !== '已举办');
  assert(upcoming.length === 12, 'expected 12 upcoming lectures');
  assert(upcoming.filter((l) => l.status === '改期').length === 1 && upcoming.filter((l) => l.status === '取消').length === 1, 'one 改期 and one 取消');
  assert(upcoming.filter((l) => !('home' in l.venue)).length === 2, 'two upcoming lectures at a free address');
  for (const l of lectures) {
    assert([...l.title].length <= 50, `${l.id}: title too long`);
    assert('home' in l.venue ? ids.has(l.venue.home) : true, `${l.id}: unknown home`);
    const [s, e] = [l.start.slice(11), l.end.slice(11)];
    assert((s >= '09:00' && e <= '11:30') || (s >= '14:30' && e <= '17:00'), `${l.id}: not in a daytime slot`);
    for (const at of [l.start, l.originalStart].filter((x): x is string => !!x)) {
      assert(!(at >= '2027-02-06' && at <= '2027-02-13 23:59'), `${l.id}: falls in Spring Festival 2027`);
    }
    if (l.status !== '已举办') assert(l.start >= '2026-12-03' && l.start <= '2027-03-30 23:59', `${l.id}: upcoming out of range`);
  }
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

function main(argv: readonly string[]): number {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
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
  roundTrip('towns.yaml', townsText, towns);
  files.set('towns.yaml', townsText);
  for (const h of homes) {
    const text = homeYaml(h);
    roundTrip(`homes/${h.id}.yaml`, text, h);
    files.set(`homes/${h.id}.yaml`, text);
  }
  for (const l of lectures) {
    const text = lectureMarkdown(l);
    const { body: _body, ...frontmatter } = l;
    roundTrip(`lectures/${l.id}.md`, `${lectureFrontmatter(l).join('\n')}\n`, frontmatter);
    files.set(`lectures/${l.id}.md`, text);
  }

  const isSample = (file: string) => readFileSync(file, 'utf8').split('\n').slice(0, 2).includes(SAMPLE_MARKER);
  const existingSample = (sub: string, ext: string) => {
    const dir = path.join(contentDir, sub);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith(ext) && isSample(path.join(dir, f)))
      .map((f) => `${sub}/${f}`);
  };
  const stale = [...existingSample('homes', '.yaml'), ...existingSample('lectures', '.md')].filter((f) => !files.has(f));

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
