// What the user reads when an api call fails: our Chinese sentence, never a library's English.
import { describe, expect, it, vi } from 'vitest';
import { messageOf } from '../../../renderer/src/messages';

describe('messageOf', () => {
  it('drops the IPC prefix Electron adds', () => {
    expect(messageOf(new Error("Error invoking remote method 'api:setCell': Error: 报告已定稿，不能修改"))).toBe('报告已定稿，不能修改');
  });

  it('drops an English reason tacked on after the Chinese one', () => {
    expect(messageOf(new Error('档案操作失败：The database connection is not open'))).toBe('档案操作失败');
  });

  it('keeps file paths and file names, Windows or not', () => {
    expect(messageOf(new Error('文件夹不存在：C:\\Users\\张三\\年报.docx'))).toBe('文件夹不存在：C:\\Users\\张三\\年报.docx');
    expect(messageOf(new Error('文件夹不存在：/tmp/a b/x.docx'))).toBe('文件夹不存在：/tmp/a b/x.docx');
    expect(messageOf(new Error('无法读取：report.docx'))).toBe('无法读取：report.docx');
  });

  it('an error with no Chinese at all becomes a plain Chinese one', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(messageOf(new Error('SQLITE_BUSY: database is locked'))).toBe('操作失败，请重试');
    expect(messageOf(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe('操作失败，请重试');
    expect(messageOf('')).toBe('操作失败，请重试');
    warn.mockRestore();
  });
});
