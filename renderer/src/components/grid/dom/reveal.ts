// Show the cell without hiding it under table 三's sticky header: when the page scrolls
// the table, the cell's scroll margin is the header's height; a grid box that scrolls
// itself is brought into view and scrolled to the cell.
export function reveal(box: HTMLElement, td: HTMLElement, center: boolean): void {
  if (box.scrollHeight <= box.clientHeight && box.scrollWidth <= box.clientWidth) {
    // the page scrolls (table 三 has no box of its own): keep the cell below its sticky header
    const thead = box.querySelector('thead');
    const sticky = thead && getComputedStyle(thead).position === 'sticky';
    td.style.scrollMarginTop = sticky && !td.closest('thead') ? `${thead.getBoundingClientRect().height}px` : '';
    td.scrollIntoView({ block: center ? 'center' : 'nearest', inline: 'nearest' });
    return;
  }
  box.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const b = box.getBoundingClientRect();
  const c = td.getBoundingClientRect();
  const head = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
  const top = b.top + head;
  const bottom = b.top + box.clientHeight;
  if (center) box.scrollTop += c.top - (top + bottom) / 2 + c.height / 2;
  else if (c.top < top) box.scrollTop -= top - c.top;
  else if (c.bottom > bottom) box.scrollTop += c.bottom - bottom;
  const right = b.left + box.clientWidth;
  if (c.left < b.left) box.scrollLeft -= b.left - c.left;
  else if (c.right > right) box.scrollLeft += c.right - right;
}

