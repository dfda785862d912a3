// report.json: the seed parses; a file of the wrong shape is refused whole with one message naming the place.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReportFormatError, parseReportJson, reportToJson } from '../../../report/json';
import { SEED_PATH } from '../../fixtures/rules/reports';

const seedText = readFileSync(SEED_PATH, 'utf8');
const seedObject = () => JSON.parse(seedText);

function refusal(mutate: (o: any) => unknown): string {
  const o = seedObject();
  const replaced = mutate(o);
  try {
    parseReportJson(JSON.stringify(replaced === undefined ? o : replaced));
  } catch (e) {
    expect(e).toBeInstanceOf(ReportFormatError);
    const msg = (e as Error).message;
    expect(msg).not.toContain('\n'); // one message, one line
    return msg;
  }
  throw new Error('accepted');
}

describe('the seed', () => {
  it('parses, keeping blanks as null', () => {
    const r = parseReportJson(seedText);
    expect(r.unit).toBe('中卫市应急管理局');
    expect(r.table2.licensing).toBe(4337);
    expect(Object.keys(r.table3)).toHaveLength(25);
    expect(r.table4.review).toEqual([null, null, null, null, null]);
  });

  it('round-trips through reportToJson', () => {
    const r = parseReportJson(seedText);
    expect(parseReportJson(reportToJson(r))).toEqual(r);
  });

  it('a byte-order mark is tolerated', () => {
    expect(parseReportJson('\uFEFF' + seedText).year).toBe(2023);
  });
});

describe('refused, naming the place', () => {
  it('unknown format', () => expect(refusal((o) => void (o.format = 'other'))).toContain('format'));
  it('unknown edition', () => expect(refusal((o) => void (o.edition = '2018'))).toContain('edition="2018"'));
  it('unknown schemaVersion', () => expect(refusal((o) => void (o.schemaVersion = 2))).toContain('schemaVersion=2'));

  it('a row of 6 numbers', () => {
    const msg = refusal((o) => void (o.table3['3.3.1'] = [0, 0, 0, 0, 0, 0]));
    expect(msg).toContain('table3["3.3.1"]');
    expect(msg).toContain('（三）不予公开1.属于国家秘密');
    expect(msg).toContain('应有 7 个数，实际有 6 个');
  });

  it('a string where a number belongs', () => {
    const msg = refusal((o) => void (o.table3['1'][2] = '5'));
    expect(msg).toContain('table3["1"][2]');
    expect(msg).toContain('表三“一、本年新收政府信息公开申请数量”行“科研机构”列');
    expect(msg).toContain('应为数字或 null，实际为文字');
  });

  it('a string in table 二', () => {
    expect(refusal((o) => void (o.table2.licensing = '4337'))).toContain('表二“行政许可”');
  });

  it('a number JSON cannot hold (1e400 → Infinity)', () => {
    const text = seedText.replace('"licensing": 4337', '"licensing": 1e400');
    expect(() => parseReportJson(text)).toThrow('table2.licensing（表二“行政许可”） 不是有效的数字');
  });

  it('a missing table', () => expect(refusal((o) => void delete o.table4)).toBe('缺少 table4'));
  it('a missing row', () => expect(refusal((o) => void delete o.table3['3.5.2'])).toContain('缺少 table3["3.5.2"]'));
  it('a missing single value of table 二', () => expect(refusal((o) => void delete o.table2.penalty)).toContain('缺少 table2.penalty'));
  it('an unknown row', () => expect(refusal((o) => void (o.table3['9'] = [0, 0, 0, 0, 0, 0, 0]))).toContain('未知的行：9'));
  it('a wrong level', () => expect(refusal((o) => void (o.level = 'city'))).toContain('"department" 或 "government"'));
  it('not an object', () => expect(refusal(() => [1, 2])).toContain('应为对象'));

  it('not JSON at all', () => {
    expect(() => parseReportJson('{"format": "zfxxgk-annual-report",\n  oops }')).toThrow(/不是有效的 JSON 文件：第 2 行/);
    expect(() => parseReportJson('')).toThrow(/文件是空的/);
    expect(() => parseReportJson('PK\u0003\u0004garbage')).toThrow(ReportFormatError);
  });
});

describe('a key written twice in one object is refused, naming it (JSON.parse would keep the last)', () => {
  it('two "table3" at the top level', () => {
    const o = seedObject();
    const text = JSON.stringify(o, null, 2).replace(/\n}\s*$/, `,\n  "table3": ${JSON.stringify(o.table3)}\n}`);
    expect(() => parseReportJson(text)).toThrow(ReportFormatError);
    expect(() => parseReportJson(text)).toThrow(/^文件顶层的键 "table3" 出现了两次（第 \d+ 行）/);
  });

  it('two "1" rows in table 三, one written with an escape', () => {
    const text = seedText.replace(/"table3": \{/, '"table3": {\n    "\\u0031": [9, 9, 9, 9, 9, 9, 9],');
    expect(text).not.toBe(seedText);
    expect(JSON.parse(text).table3['1']).not.toEqual([9, 9, 9, 9, 9, 9, 9]); // the silent last-wins this refuses
    const msg = (() => {
      try {
        parseReportJson(text);
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(msg).toMatch(/^table3 中的键 "1" 出现了两次（第 \d+ 行），无法确定应取哪一个值$/);
  });

  it('twice in an explanation, inside an array', () => {
    const o = seedObject();
    o.explanations = [{ rule: 'x', text: 'a' }];
    const text = JSON.stringify(o).replace('"text":"a"', '"text":"a","text":"b"');
    expect(() => parseReportJson(text)).toThrow('explanations[0] 中的键 "text" 出现了两次');
  });

  it('equal keys in different objects, and keys that only look alike in strings, are fine', () => {
    const o = seedObject();
    o.explanations = [
      { rule: 'a', text: '"rule": "rule"' },
      { rule: 'b', text: '{"text": 1, "text": 2}' },
    ];
    expect(parseReportJson(JSON.stringify(o)).explanations).toHaveLength(2);
  });

  it('a 10 MB file is scanned in one pass (accepted, and refused when a key repeats at its end)', () => {
    const o = seedObject();
    // one object of many distinct keys, each holding a small object and an array
    const entry = (i: number) => `"k${i}":{"a":1,"b":"${'x'.repeat(20)}","c":[1,2,{"d":null}]}`;
    const n = Math.ceil(10_000_000 / entry(0).length);
    const big = `{"padding":{${Array.from({ length: n }, (_, i) => entry(i)).join(',')}},` + JSON.stringify(o).slice(1);
    expect(big.length).toBeGreaterThan(10_000_000);
    expect(parseReportJson(big).unit).toBe('中卫市应急管理局');
    expect(() => parseReportJson(big.replace(/}$/, ',"unit":"另一个单位"}'))).toThrow('文件顶层的键 "unit" 出现了两次');
  });
});

describe('table 二', () => {
  it('an unknown row is refused, not dropped', () =>
    expect(refusal((o) => void (o.table2.otherServices = [0, 0, 0]))).toBe('table2 有未知的行：otherServices'));
});

describe('nesting deeper than any report', () => {
  it('is refused before JSON.parse (which spends about 10 s on 10 MB of "[[[[…")', () => {
    const text = '{"format": "zfxxgk-annual-report",\n"x": ' + '['.repeat(5_000_000) + ']'.repeat(5_000_000) + '}';
    expect(() => parseReportJson(text)).toThrow('不是年报交换文件：第 2 行的嵌套超过 64 层');
    // a report with a nested added field well within the bound still reads
    const o = seedObject();
    let deep: unknown = 1;
    for (let i = 0; i < 60; i++) deep = { a: [deep] }.a;
    expect(parseReportJson(JSON.stringify({ ...o, later: deep })).unit).toBe('中卫市应急管理局');
  });
});
