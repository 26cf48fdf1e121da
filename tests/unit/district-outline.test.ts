import { describe, expect, it } from 'vitest';
import { outsideOutlineMessage } from '../../src/check/district-outline.ts';

// An invented district, a rectangle 110.00–110.40 E, 30.00–30.20 N.
const OUTLINE = [
  { lng: 110, lat: 30 },
  { lng: 110.4, lat: 30 },
  { lng: 110.4, lat: 30.2 },
  { lng: 110, lat: 30.2 },
];

describe('outsideOutlineMessage', () => {
  it('says nothing of a point inside', () => {
    expect(outsideOutlineMessage({ lng: 110.2, lat: 30.1 }, OUTLINE, '测试区')).toBeUndefined();
  });

  it('blames the latitude when only the latitude is off, with the district’s ranges and its own example point', () => {
    const message = outsideOutlineMessage({ lng: 110.2, lat: 31.1 }, OUTLINE, '测试区');
    expect(message).toBe(
      '坐标不在测试区范围内：纬度 31.1 不在 30.00 到 30.20 之间，应当用高德地图坐标拾取器（GCJ-02）在测试区里取点，写成 { lng: 110.2, lat: 30.1 }，经度在前',
    );
    expect(message).not.toContain('经度 110.2 不在');
  });

  it('blames the longitude when only the longitude is off', () => {
    expect(outsideOutlineMessage({ lng: 111.2, lat: 30.1 }, OUTLINE, '测试区')).toContain(
      '经度 111.2 不在 110.00 到 110.40 之间',
    );
  });

  it('names both when both are off', () => {
    const message = outsideOutlineMessage({ lng: 116.4, lat: 39.9 }, OUTLINE, '测试区')!;
    expect(message).toContain('经度 116.4 不在');
    expect(message).toContain('纬度 39.9 也不在');
  });

  it('says latitude and longitude look swapped when swapping them puts the point inside', () => {
    expect(outsideOutlineMessage({ lng: 30.1, lat: 110.2 }, OUTLINE, '测试区')).toMatch(/^经度和纬度好像写反了/);
  });
});
