// A small hash router (the app loads from file://, so the location is the hash).
// Routes: #/ 首页, #/report/:id 编辑, #/report/:id/preview 预览, #/trends/:agencyId 历年对比, #/settings 设置.
import { computed, ref } from 'vue';

export type Route =
  | { name: 'archive' }
  | { name: 'editor'; reportId: number }
  | { name: 'preview'; reportId: number }
  | { name: 'trends'; agencyId: number }
  | { name: 'settings' }
  | { name: 'office'; tab?: string };

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  let m = path.match(/^\/report\/(\d+)$/);
  if (m) return { name: 'editor', reportId: Number(m[1]) };
  m = path.match(/^\/report\/(\d+)\/preview$/);
  if (m) return { name: 'preview', reportId: Number(m[1]) };
  m = path.match(/^\/trends\/(\d+)$/);
  if (m) return { name: 'trends', agencyId: Number(m[1]) };
  if (path === '/settings') return { name: 'settings' };
  m = path.match(/^\/office(?:\/(structure|collect|board|compiled))?$/);
  if (m) return m[1] ? { name: 'office', tab: m[1] } : { name: 'office' };
  return { name: 'archive' };
}

export function hashOf(r: Route): string {
  switch (r.name) {
    case 'editor':
      return `#/report/${r.reportId}`;
    case 'preview':
      return `#/report/${r.reportId}/preview`;
    case 'trends':
      return `#/trends/${r.agencyId}`;
    case 'settings':
      return '#/settings';
    case 'office':
      return r.tab ? `#/office/${r.tab}` : '#/office';
    default:
      return '#/';
  }
}

const current = ref(location.hash);
window.addEventListener('hashchange', () => {
  current.value = location.hash;
});

export const route = computed(() => parseHash(current.value));

export function navigate(r: Route): void {
  const h = hashOf(r);
  if (location.hash !== h) location.hash = h;
  current.value = h;
}
