// The OS dialogs of `npm run dev`, answered in the page: the api's dialog call
// waits here until the page (polling while an api call is in flight) has shown
// a window.prompt and sent back what the developer typed. Paths are taken
// relative to the dev folder of files, which the prompt lists.
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Dialogs } from '../../electron/api';

export interface Question {
  id: number;
  /** what window.prompt shows */
  text: string;
  /** the prompt's default answer */
  suggestion: string;
}

export interface PromptDialogs {
  dialogs: Dialogs;
  /** the oldest unanswered question, waiting up to waitMs for one (null: none) */
  next(waitMs: number): Promise<Question | null>;
  /** the page's answer (null = cancelled) */
  answer(id: number, answer: string | null): boolean;
}

export function promptDialogs(filesDir: string): PromptDialogs {
  mkdirSync(filesDir, { recursive: true });
  const waiting: (Question & { sent: boolean; resolve(answer: string | null): void })[] = [];
  let wake: (() => void) | null = null;
  let n = 0;

  const ask = (text: string, suggestion: string) =>
    new Promise<string | null>((resolve) => {
      waiting.push({ id: ++n, text, suggestion, sent: false, resolve });
      wake?.();
    });
  const resolved = (answer: string | null) => (answer && answer.trim() ? path.resolve(filesDir, answer.trim()) : null);
  const listing = (extensions: string[]) =>
    readdirSync(filesDir).filter((f) => extensions.includes('*') || extensions.some((e) => f.toLowerCase().endsWith(`.${e.toLowerCase()}`)));
  const where = `（开发用文件夹：${filesDir}）`;

  const dialogs: Dialogs = {
    async openFile({ title, filters }) {
      const files = listing(filters.flatMap((f) => f.extensions));
      const list = files.length ? files.map((f) => `  ${f}`).join('\n') : '  （没有可选的文件：请把文件放进该文件夹）';
      return resolved(await ask(`${title}${where}\n${list}\n输入文件名或完整路径：`, files[0] ?? ''));
    },
    async saveFile({ title, defaultName }) {
      return resolved(await ask(`${title}${where}\n输入保存的文件名或完整路径：`, defaultName));
    },
    async chooseFolder({ title }) {
      const folder = resolved(await ask(`${title}${where}\n输入文件夹名或完整路径：`, '备份'));
      if (folder) mkdirSync(folder, { recursive: true });
      return folder;
    },
  };

  return {
    dialogs,
    async next(waitMs) {
      const first = () => waiting.find((q) => !q.sent) ?? null;
      if (!first()) await new Promise<void>((r) => ((wake = r), setTimeout(r, waitMs)));
      wake = null;
      const q = first();
      if (!q) return null;
      q.sent = true;
      return { id: q.id, text: q.text, suggestion: q.suggestion };
    },
    answer(id, answer) {
      const i = waiting.findIndex((q) => q.id === id);
      if (i < 0) return false;
      const [q] = waiting.splice(i, 1);
      q.resolve(answer);
      return true;
    },
  };
}
