/** A point in GCJ-02, the system Amap's coordinate picker gives editors. */
import { z } from 'astro/zod';
import { isInsideDistrict } from '../lib/geo.ts';

export const geoPoint = z
  .strictObject({
    lng: z.number({ error: '经度应当是数字，例如 106.2912' }).describe('经度（GCJ-02），例如 106.2912'),
    lat: z.number({ error: '纬度应当是数字，例如 38.4681' }).describe('纬度（GCJ-02），例如 38.4681'),
  })
  .refine((p) => isInsideDistrict(p), {
    error: '坐标不在兴庆区范围内，应当用高德地图坐标拾取器（GCJ-02）取点，写成 { lng: 106.29, lat: 38.47 }，注意经度在前',
  })
  .describe('位置坐标：GCJ-02（高德地图坐标拾取器给出的就是这种坐标），经度 lng 在前、纬度 lat 在后');
