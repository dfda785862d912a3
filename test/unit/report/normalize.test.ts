// normalizeCell: the one input normalisation every entry path uses.
import { describe, expect, it } from 'vitest';
import { normalizeCell } from '../../../report/normalize';

const ok = (raw: string | number | null, kind: 'count' | 'amount' = 'count') => {
  const r = normalizeCell(raw, kind);
  if (!r.ok) throw new Error(`refused ${raw}: ${r.message}`);
  return r.value;
};
const refused = (raw: string | number, kind: 'count' | 'amount' = 'count') => {
  const r = normalizeCell(raw, kind);
  if (r.ok) throw new Error(`accepted ${raw} as ${r.value}`);
  return r.message;
};

describe('accepted', () => {
  it.each([
    ['１２３', 123],
    ['1,234', 1234],
    ['1，234', 1234],
    ['１，２３４', 1234],
    ['1,234,567', 1234567],
    ['  12 ', 12],
    ['\u300012\u3000', 12],
    ['0', 0],
    ['-0', 0],
    ['+5', 5],
    ['12.0', 12],
    ['9007199254740991', 9007199254740991],
  ])('“%s” → %d', (raw, v) => expect(ok(raw)).toBe(v));

  it('blank stays blank, never zero', () => {
    expect(ok('')).toBeNull();
    expect(ok('   ')).toBeNull();
    expect(ok(null)).toBeNull();
  });

  it('fee in 万元: up to 4 decimals, full-width point', () => {
    expect(ok('12.3456', 'amount')).toBe(12.3456);
    expect(ok('0．5', 'amount')).toBe(0.5);
    expect(ok('1,234.5', 'amount')).toBe(1234.5);
    expect(ok('0.12340', 'amount')).toBe(0.1234); // a trailing zero is not a fifth decimal
    expect(ok(0.0001, 'amount')).toBe(0.0001);
  });
});

describe('refused with a Chinese message saying why', () => {
  it.each([
    ['abc', '不是数字'],
    ['十二', '不是数字'],
    ['12件', '不是数字'],
    ['1,23', '不是数字'],
    ['1e5', '不是数字'],
    ['-3', '负数'],
    ['－3', '负数'],
    ['1.5', '整数'],
    ['9007199254740992', '过大'],
    ['99999999999999999999', '过大'],
  ])('“%s”', (raw, why) => expect(refused(raw)).toContain(why));

  it('numbers as stored in a report', () => {
    expect(refused(-1)).toContain('负数');
    expect(refused(0.5)).toContain('整数');
    expect(refused(2 ** 53)).toContain('过大');
    expect(refused(Number.NaN)).toContain('不是有效的数字');
  });

  it('a fee with 7 decimals, also in exponent form; 6 are allowed (official-format.md, cell.invalid)', () => {
    expect(refused('0.1234567', 'amount')).toContain('6 位小数');
    expect(refused(0.0000001, 'amount')).toContain('6 位小数');
    expect(refused(1.5e-7, 'amount')).toContain('6 位小数');
    expect(refused(0.123456789, 'amount')).toContain('6 位小数');
    expect(normalizeCell('0.123456', 'amount')).toEqual({ ok: true, value: 0.123456 });
    expect(normalizeCell(0.00001, 'amount')).toEqual({ ok: true, value: 0.00001 });
  });

  it('a negative fee', () => {
    expect(refused('-0.5', 'amount')).toContain('负数');
  });
});

describe('inputs real users give (review pass)', () => {
  it('spaces inside a number only as thousands grouping; "3 4" is two numbers, not 34', () => {
    expect(ok(' 1 234 ')).toBe(1234);
    expect(ok('1\u2009234\u2009567')).toBe(1234567);
    expect(ok('1\u00a0234')).toBe(1234);
    for (const raw of ['3 4', '12 34', '0 5', '1 2 3', '１ ２']) expect(refused(raw)).toContain('空格');
    expect(refused('0.3 5', 'amount')).toContain('空格');
  });

  it('other notations are refused, never misread', () => {
    for (const raw of ['1e3', '0x10', '٣', '1,23', '1,234,56']) expect(refused(raw)).toContain('不是数字');
    expect(refused('１２３４５６７８９０１２３４５６７８')).toContain('过大');
  });

  it('edge spellings of ordinary numbers', () => {
    expect(ok('12.')).toBe(12);
    expect(ok('+3')).toBe(3);
    expect(Object.is(ok('-0'), 0)).toBe(true);
    expect(ok('.5', 'amount')).toBe(0.5);
    expect(ok('０.５', 'amount')).toBe(0.5);
    expect(refused('.5')).toContain('整数');
  });
});

describe('a comma that is not thousands grouping', () => {
  it('says where the comma is wrong and that decimals take a point (1,23 may mean 1.23)', () => {
    for (const raw of ['1,23', '1，2345', '12,34,567']) expect(refused(raw)).toContain('逗号');
    expect(refused('1,23', 'amount')).toContain('小数点');
  });
});

describe('invisible characters from web copies', () => {
  it('zero-width spaces and a BOM around or inside a number are dropped (the message would show “12” as not a number)', () => {
    expect(ok('12\u200b')).toBe(12);
    expect(ok('\ufeff1,234')).toBe(1234);
    expect(ok('1\u200c2\u200d')).toBe(12);
    expect(ok('\u2060')).toBeNull();
  });
});
