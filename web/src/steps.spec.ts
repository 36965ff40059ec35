import { describe, expect, it } from 'vitest';
import { setLang } from './i18n';
import { OVERDUE_PETITION_STEPS, overdueStepLabel } from './steps';

describe('overdue steps', () => {
  it('names every step of the overdue report, in the contract vocabulary, in both languages', () => {
    setLang('zh-CN');
    expect(OVERDUE_PETITION_STEPS.map((s) => overdueStepLabel('PETITION', s))).toEqual(['登记', '交办/转送/不予受理', '办结', '答复', '回访']);
    expect(overdueStepLabel('PROPOSAL', 'REPLY')).toBe('答复');
    setLang('en');
    expect(OVERDUE_PETITION_STEPS.map((s) => overdueStepLabel('PETITION', s))).toEqual(['Register', 'Dispose', 'Complete', 'Answer', 'Return visit']);
    expect(overdueStepLabel('PROPOSAL', 'REPLY')).toBe('Reply');
    setLang('zh-CN');
  });
});
