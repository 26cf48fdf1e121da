/** content/site.yaml: the site's identity and the government-site footer. */
import { z } from 'astro/zod';
import { districtSchema } from './district.ts';
import { line, phoneNumber } from './fields.ts';

export const hotlineSchema = z
  .strictObject({
    number: z.string().regex(/^\d{3,5}$/, { error: '热线号码应当只有数字，例如 12345' }).describe('热线号码，只写数字'),
    name: line('热线名称', 30).describe('热线名称，例如“政务服务便民热线”'),
    when: line('什么时候打', 120).describe('什么情况下拨打，用一句家长听得懂的话'),
    after: line('打了以后', 120).describe('打通以后会怎样，例如“接线员记录后转交民政、公安等部门处理”'),
    hours: line('接听时间', 30).describe('接听时间，例如“24小时”'),
  })
  .describe('一条求助热线');

export const siteSchema = z
  .strictObject({
    name: line('网站名称', 30).describe('网站名称，显示在每页页首和浏览器标签上'),
    district: districtSchema,
    tagline: line('网站一句话介绍', 60).describe('一句话介绍网站，显示在首页和分享卡片上'),
    organizer: line('主办单位', 40).describe('主办单位（页脚必填）'),
    address: line('主办单位地址', 80).describe('主办单位地址（页脚必填）'),
    phone: phoneNumber('主办单位电话').describe('主办单位对外电话（页脚必填），也是“区里的电话”'),
    officeHours: line('办公时间', 60).describe('办公时间，例如“工作日 8:30–12:00，14:30–18:00”'),
    icp: line('ICP备案号', 40).describe('ICP备案号（页脚必填），省份简称加号码，例如“某ICP备12345678号-1”'),
    psb: line('公安备案号', 40).describe('公安机关备案号（页脚必填），例如“某公网安备 12345602000000号”'),
    govSiteCode: line('政府网站标识码', 20).describe('政府网站标识码（页脚必填），10位数字或字母'),
    correctionUrl: z
      .string({ error: '纠错链接应当是一个网址' })
      .url({ error: '纠错链接应当是完整网址，例如 https://zfwzzc.www.gov.cn/…' })
      .describe('“我要纠错”链接（页脚必填），一般是全国政府网站找错平台的地址'),
    sampleDirectory: z
      .boolean({ error: '示例数据标记应当写 true 或 false' })
      .describe('儿童之家名录和人员电话是否为示例数据。写 true 时，名录每一页都会醒目提示“示例数据”'),
    sampleIdentity: z
      .boolean({ error: '示例标记应当写 true 或 false' })
      .default(false)
      .describe('页脚的备案号、地址、电话是否为示例。写 true 时页脚会注明'),
    hotlines: z.array(hotlineSchema).min(1, { error: '至少要有一条求助热线' }).describe('求助热线，按显示顺序'),
  })
  .describe('网站身份信息与政府网站页脚');

export type Site = z.infer<typeof siteSchema>;
export type HotlineInfo = z.infer<typeof hotlineSchema>;
