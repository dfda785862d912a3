// 文字大小 (issue 13 §13): the whole page at 90–150 %, for 125 % screens and older
// eyes; Ctrl+= / Ctrl+- step it, Ctrl+0 resets. A preference of this computer's
// page (kept in localStorage), not of the archive.
import { ref, watch } from 'vue';

export const TEXT_SIZES = [90, 100, 110, 125, 150] as const;
const KEY = 'nianbao.textSize';

function stored(): number {
  const n = Number(globalThis.localStorage?.getItem(KEY));
  return (TEXT_SIZES as readonly number[]).includes(n) ? n : 100;
}

export const textSize = ref(stored());

/** the next size up (+1) or down (-1), within 90–150 % */
export function stepTextSize(step: 1 | -1): void {
  const i = TEXT_SIZES.indexOf(textSize.value as (typeof TEXT_SIZES)[number]);
  textSize.value = TEXT_SIZES[Math.min(TEXT_SIZES.length - 1, Math.max(0, (i < 0 ? 1 : i) + step))];
}

/** apply the size to the page and keep it; the keys work on every screen */
export function useTextSize(): void {
  const apply = (n: number) => {
    document.documentElement.style.setProperty('zoom', n === 100 ? '' : `${n}%`);
    globalThis.localStorage?.setItem(KEY, String(n));
  };
  watch(textSize, apply, { immediate: true });
  window.addEventListener('keydown', (e) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    if (e.key === '=' || e.key === '+') stepTextSize(1);
    else if (e.key === '-') stepTextSize(-1);
    else if (e.key === '0') textSize.value = 100;
    else return;
    e.preventDefault();
  });
}
