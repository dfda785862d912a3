// The page of official-format.md section 7 (GB/T 9704-2012) in millimetres and
// points, for every output that lays out pages: the printed page, its PDF and the
// preview (report/page). The .docx states the same in twips (report/docx/styles.ts).

export const PAGE_MM = {
  width: 210,
  height: 297,
  top: 37,
  bottom: 35,
  left: 28,
  right: 26,
  /** the page number's line stands 7 mm below the type area (GB/T 9704 7.5) */
  pageNumberGap: 7,
} as const;

/** The type area: 156 × 225 mm. */
export const TYPE_AREA_MM = {
  width: PAGE_MM.width - PAGE_MM.left - PAGE_MM.right,
  height: PAGE_MM.height - PAGE_MM.top - PAGE_MM.bottom,
} as const;

/** Font sizes in points: 2号 title, 3号 body and headings, 4号 page number, 五号 tables. */
export const SIZE_PT = { title: 22, body: 16, pageNumber: 14, table: 10.5 } as const;

/** 22 lines to the type area at an exact 28.95 pt (22 × 28.95 pt = 636.9 pt ≤ 225 mm = 637.8 pt), as in the .docx. */
export const LINES_PER_PAGE = 22;
export const BODY_LINE_PT = 28.95;

/** GB/T 9704: 28 characters to a full line of body text. */
export const CHARS_PER_LINE = 28;
/**
 * The tracking that puts 28 characters of 3号 on the 156 mm line (442.2 pt / 28 ≈ 15.79 pt
 * a character), a little tighter so a browser's rounding never drops the 28th.
 */
export const BODY_TRACKING_PT = -0.25;
