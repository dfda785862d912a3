// Which unit a name means: sure only when exactly one unit fits; otherwise ask.
import { describe, expect, it } from 'vitest';
import { matchUnit, unitNameFromFile } from '../../../../report/rollup/names';

const UNITS = [
  { id: 'yj', name: '中卫市应急管理局' },
  { id: 'sj', name: '中卫市市场监督管理局' },
  { id: 'zfb', name: '中卫市人民政府办公室' },
  { id: 'xh', name: '宣和镇人民政府' },
  { id: 'cz', name: '中卫市财政局', aliases: ['中卫市财政局（国资委）'] },
  { id: 'spt', name: '沙坡头区人民政府' },
];

describe('matchUnit', () => {
  it('中卫市应急管理局, 市应急管理局, 应急管理局 and 中卫应急管理局 are the same unit in 中卫市', () => {
    for (const name of ['中卫市应急管理局', '市应急管理局', '应急管理局', '中卫应急管理局', ' 中卫市 应急管理局\u200b']) {
      expect(matchUnit(name, UNITS, '中卫市'), name).toMatchObject({ kind: 'sure', id: 'yj' });
    }
  });

  it('without the region, a short name is not taken for the unit: only the full name is sure', () => {
    expect(matchUnit('中卫市应急管理局', UNITS)).toMatchObject({ kind: 'sure', id: 'yj' });
    expect(matchUnit('应急管理局', UNITS).kind).not.toBe('sure');
  });

  it('a name starting with 市 (市场监督管理局) is not cut wrongly', () => {
    for (const name of ['市场监督管理局', '市市场监督管理局', '中卫市市场监督管理局'])
      expect(matchUnit(name, UNITS, '中卫市'), name).toMatchObject({ kind: 'sure', id: 'sj' });
  });

  it('人民政府 / 政府, 办公室 / 办, full-width letters, an alias', () => {
    expect(matchUnit('中卫市政府办', UNITS, '中卫市')).toMatchObject({ kind: 'sure', id: 'zfb' });
    expect(matchUnit('市政府办公室', UNITS, '中卫市')).toMatchObject({ kind: 'sure', id: 'zfb' });
    expect(matchUnit('宣和镇', UNITS, '中卫市')).toMatchObject({ kind: 'sure', id: 'xh' });
    expect(matchUnit('宣和镇政府', UNITS, '中卫市')).toMatchObject({ kind: 'sure', id: 'xh' });
    expect(matchUnit('中卫市财政局(国资委)', UNITS, '中卫市')).toMatchObject({ kind: 'sure', id: 'cz' });
    const fw = [{ id: 'x', name: '中卫市12345热线办' }];
    expect(matchUnit('中卫市１２３４５热线办', fw, '中卫市')).toMatchObject({ kind: 'sure', id: 'x' });
  });

  it('two units that both fit: unsure, with both as candidates, never a guess', () => {
    const two = [
      { id: 'a', name: '中卫市应急管理局' },
      { id: 'b', name: '中卫应急管理局' }, // a typo'd second entry in the structure
    ];
    const m = matchUnit('应急管理局', two, '中卫市');
    expect(m.kind).toBe('unsure');
    expect(m.kind === 'unsure' && [...m.candidates].sort()).toEqual(['a', 'b']);
    expect(m.kind === 'unsure' && m.why).toMatch(/可能是/);
    // two units of the very same name
    const same = matchUnit('中卫市财政局', [{ id: 'p', name: '中卫市财政局' }, { id: 'q', name: '中卫市财政局' }], '中卫市');
    expect(same).toMatchObject({ kind: 'unsure', candidates: ['p', 'q'] });
  });

  it('one character off: unsure (ask), never sure', () => {
    for (const name of ['中卫市应急管里局', '应急管理处', '区应急管理局']) {
      const m = matchUnit(name, UNITS, '中卫市');
      expect(m.kind, name).toBe('unsure');
      expect(m.kind === 'unsure' && m.candidates).toEqual(['yj']);
      expect(m.kind === 'unsure' && m.why).toMatch(/只差一个字/);
    }
  });

  it('another unit altogether, or nothing: none', () => {
    expect(matchUnit('中卫市教育局', UNITS, '中卫市')).toEqual({ kind: 'none' });
    expect(matchUnit('', UNITS, '中卫市')).toEqual({ kind: 'none' });
    expect(matchUnit('局', UNITS, '中卫市')).toEqual({ kind: 'none' });
    expect(matchUnit('中卫市应急管理局'.repeat(1000), UNITS, '中卫市').kind).toBe('none');
  });
});

describe('unitNameFromFile', () => {
  it('takes the unit out of the usual file names', () => {
    expect(unitNameFromFile('中卫市应急管理局2023年政府信息公开工作年度报告.docx')).toBe('中卫市应急管理局');
    expect(unitNameFromFile('2023年度-市应急管理局-年报.json')).toBe('市应急管理局');
    expect(unitNameFromFile('C:\\收件\\应急管理局（定稿）.txt')).toBe('应急管理局');
    expect(unitNameFromFile('/u/宣和镇2024年度政府信息公开工作年度报告(1).docx')).toBe('宣和镇');
    expect(unitNameFromFile('2023年政府信息公开工作年度报告.docx')).toBeUndefined();
  });
});
