// The closing of a report (where to download it, whom to ask, the signature):
// the tail of its last narrative part, found by how its lines start.
import type { NarrativeKey } from '../format';
import type { Report } from '../report';
import { labelKey } from './labels';

/** A line that starts the closing: 本报告电子版…, 如对本报告有疑问…, 联系电话：… */
export const CLOSING_RE =
  /^(本(年度)?报告(的)?电子版|如(对本报告)?(有|存在)?(任何)?(疑问|意见)|联系(地址|电话|方式|人)|(（|\()?(地址|电话|邮编|邮政编码|传真)[:：])/;
const DATE_RE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;

/**
 * The closing is the tail of the last part. A document that marks its closing
 * (`marked`) says where it is; only a signature (agency, date) after it is
 * still found by its look.
 */
export function splitClosing(report: Report, unit: string, marked?: string[]): void {
  const key: NarrativeKey = report.parts.other ? 'other' : 'problems';
  const lines = report.parts[key] ? report.parts[key].split('\n') : [];
  let at = marked ? -1 : lines.findIndex((l) => CLOSING_RE.test(l));
  if (at < 0) {
    at = lines.length;
    while (at > 0 && (DATE_RE.test(lines[at - 1]) || (unit && labelKey(lines[at - 1]) === labelKey(unit)))) at--;
  }
  const tail = lines.slice(at);
  if (marked) report.closing = [...marked, ...tail].join('\n');
  else if (tail.length) report.closing = tail.join('\n');
  else return;
  report.parts[key] = lines.slice(0, at).join('\n');
}
