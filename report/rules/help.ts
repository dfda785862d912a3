// Words the rules' help texts share.

/** Where the rules' help says the official format says so. */
export const FORMAT_NOTICE = '年报格式（国办公开办函〔2021〕30号）';
