import { describe, expect, it } from 'vitest';
import { outlineProblem, outsideOutlineMessage } from '../../src/check/district-outline.ts';

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

describe('outsideOutlineMessage at the edges of the ranges', () => {
  const HOW = '应当用高德地图坐标拾取器（GCJ-02）在测试区里取点，写成 { lng: 110.2, lat: 30.1 }，经度在前';
  const message = (lng: number, lat: number) => outsideOutlineMessage({ lng, lat }, OUTLINE, '测试区');

  it('counts the ends of each range as inside it, and blames only the other coordinate', () => {
    expect(message(110, 30.25)).toBe(`坐标不在测试区范围内：纬度 30.25 不在 30.00 到 30.20 之间，${HOW}`);
    expect(message(110.4, 30.25)).toBe(`坐标不在测试区范围内：纬度 30.25 不在 30.00 到 30.20 之间，${HOW}`);
    expect(message(110.5, 30)).toBe(`坐标不在测试区范围内：经度 110.5 不在 110.00 到 110.40 之间，${HOW}`);
    expect(message(110.5, 30.2)).toBe(`坐标不在测试区范围内：经度 110.5 不在 110.00 到 110.40 之间，${HOW}`);
    expect(message(109.9, 29.9)).toBe(
      `坐标不在测试区范围内：经度 109.9 不在 110.00 到 110.40 之间，纬度 29.9 也不在 30.00 到 30.20 之间，${HOW}`,
    );
  });

  it('takes a point for swapped when swapping puts it in the box, ends included', () => {
    const swapped = `经度和纬度好像写反了：测试区的经度在 110.00 到 110.40 之间，纬度在 30.00 到 30.20 之间，${HOW}`;
    expect(message(30, 110)).toBe(swapped);
    expect(message(30.2, 110.4)).toBe(swapped);
    expect(message(30.3, 110.2)).not.toBe(swapped);
    expect(message(30.1, 110.5)).not.toBe(swapped);
    expect(message(30.1, 109)).not.toBe(swapped);
    expect(message(29, 110.2)).not.toBe(swapped);
  });

  it('says when both coordinates are in range but the point is outside an outline that is not a box', () => {
    // An L: the box's north-east quarter is outside the district.
    const L = [
      { lng: 110, lat: 30 },
      { lng: 110.4, lat: 30 },
      { lng: 110.4, lat: 30.1 },
      { lng: 110.2, lat: 30.1 },
      { lng: 110.2, lat: 30.2 },
      { lng: 110, lat: 30.2 },
    ];
    expect(outsideOutlineMessage({ lng: 110.3, lat: 30.15 }, L, '测试区')).toMatch(
      /^坐标不在测试区范围内（经度、纬度各自在范围里，但这个点落在全区轮廓外面），应当用高德地图坐标拾取器/,
    );
  });
});

describe('which value to correct', () => {
  // The import points at the sheet column of the value to correct.
  it('is the latitude when only the latitude is off, and the longitude otherwise', () => {
    expect(outlineProblem({ lng: 110.2, lat: 31.1 }, OUTLINE, '测试区')?.off).toBe('lat');
    expect(outlineProblem({ lng: 111.2, lat: 30.1 }, OUTLINE, '测试区')?.off).toBe('lng');
    expect(outlineProblem({ lng: 116.4, lat: 39.9 }, OUTLINE, '测试区')?.off).toBe('lng');
    expect(outlineProblem({ lng: 30.1, lat: 110.2 }, OUTLINE, '测试区')?.off).toBe('lng');
    expect(outlineProblem({ lng: 110.2, lat: 30.1 }, OUTLINE, '测试区')).toBeUndefined();
  });
});
