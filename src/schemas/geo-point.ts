/**
 * A point in GCJ-02, the system Amap's coordinate picker gives editors. Whether it lies in the district is
 * checked against content/site.yaml's outline by the content check (src/check/district-outline.ts): a
 * schema cannot see another file.
 */
import { z } from 'astro/zod';

export const geoPoint = z
  .strictObject({
    lng: z.number({ error: '经度应当是数字，例如 106.2912' }).describe('经度（GCJ-02），例如 106.2912'),
    lat: z.number({ error: '纬度应当是数字，例如 38.4681' }).describe('纬度（GCJ-02），例如 38.4681'),
  })
  .describe('位置坐标：GCJ-02（高德地图坐标拾取器给出的就是这种坐标），经度 lng 在前、纬度 lat 在后');
