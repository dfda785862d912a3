// Chinese messages for a refused argument. The message depends only on the
// schema that refused it (its description names the argument), never on the
// door it came through: the api over IPC and the archive called directly say
// the same words for the same wrong value. Pure: zod only.
import { z } from 'zod';

function typeName(t: string): string {
  const names: Record<string, string> = {
    number: '数字',
    integer: '整数',
    float: '小数',
    string: '文字',
    null: '空',
    object: '对象',
    array: '数组',
    undefined: '空缺',
    boolean: '是或否',
    nan: '非数字',
    bigint: '大整数',
    function: '函数',
    symbol: '符号',
  };
  return names[t] ?? t;
}

/** zod's issues in Chinese (messages written into a schema take precedence). */
export const zhErrorMap: z.ZodErrorMap = (issue, ctx) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return { message: '没有提供' };
      if (issue.expected === 'integer') return { message: '应为整数' };
      return { message: `应为${typeName(issue.expected)}，实际为${typeName(issue.received)}` };
    case 'invalid_literal':
      return { message: `应为 ${JSON.stringify(issue.expected)}` };
    case 'invalid_enum_value':
      return { message: `应为 ${issue.options.map((o) => JSON.stringify(o)).join('、')} 之一，实际为 ${JSON.stringify(issue.received)}` };
    case 'unrecognized_keys':
      return { message: `有不认识的项：${issue.keys.join('、')}` };
    case 'not_finite':
      return { message: '不是有效的数字' };
    case 'too_small':
      if (issue.type === 'number') return { message: issue.inclusive ? `不能小于 ${issue.minimum}` : `应大于 ${issue.minimum}` };
      if (issue.type === 'string') return { message: Number(issue.minimum) <= 1 ? '不能为空' : `至少 ${issue.minimum} 个字` };
      if (issue.type === 'array') return { message: `至少应有 ${issue.minimum} 项` };
      return { message: '过小' };
    case 'too_big':
      if (issue.type === 'number') return { message: issue.inclusive ? `不能大于 ${issue.maximum}` : `应小于 ${issue.maximum}` };
      if (issue.type === 'string') return { message: `不能超过 ${issue.maximum} 个字` };
      if (issue.type === 'array') return { message: `最多 ${issue.maximum} 项` };
      return { message: '过大' };
    case 'invalid_union':
    case 'invalid_union_discriminator':
      return { message: '格式不对' };
    default:
      return { message: ctx.defaultError && /[\u4e00-\u9fff]/.test(ctx.defaultError) ? ctx.defaultError : '格式不对' };
  }
};

/** The schema one step inside `s` along a path key, wrappers unwrapped; undefined when the path leaves known shapes. */
function step(s: z.ZodTypeAny, key: string | number): z.ZodTypeAny | undefined {
  const inner = unwrap(s);
  if (inner instanceof z.ZodTuple) return typeof key === 'number' ? (inner.items[key] as z.ZodTypeAny | undefined) : undefined;
  if (inner instanceof z.ZodObject) return (inner.shape as Record<string, z.ZodTypeAny>)[key];
  if (inner instanceof z.ZodArray) return inner.element as z.ZodTypeAny;
  return undefined;
}

/** Through optional, nullable, effects and pipes to the shape underneath (keeping no description). */
function unwrap(s: z.ZodTypeAny): z.ZodTypeAny {
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap();
    else if (s instanceof z.ZodEffects) s = s.innerType();
    else if (s instanceof z.ZodPipeline) s = s._def.in;
    else if (s instanceof z.ZodDefault) s = s._def.innerType;
    else return s;
  }
}

/**
 * One line for an issue: the argument's name (the deepest described schema on
 * the issue's path), the rest of the path, and what is wrong.
 * E.g. 单元格位置不正确（col）：不能大于 6.
 */
export function describeIssue(schema: z.ZodTypeAny, issue: z.ZodIssue): string {
  let name = schema.description;
  let rest: (string | number)[] = [...issue.path];
  let s: z.ZodTypeAny | undefined = schema;
  for (let i = 0; s && i < issue.path.length; i++) {
    s = step(s, issue.path[i]);
    if (s?.description) {
      name = s.description;
      rest = issue.path.slice(i + 1);
    }
  }
  const where = rest.length ? `（${rest.join('.')}）` : '';
  return `${name ?? '参数'}不正确${where}：${issue.message}`;
}

/** Parse with Chinese messages; the first issue, described, or the parsed value. */
export function parseZh<S extends z.ZodTypeAny>(schema: S, value: unknown): { ok: true; value: z.output<S> } | { ok: false; message: string } {
  const r = schema.safeParse(value, { errorMap: zhErrorMap });
  if (r.success) return { ok: true, value: r.data };
  return { ok: false, message: describeIssue(schema, r.error.issues[0]) };
}
