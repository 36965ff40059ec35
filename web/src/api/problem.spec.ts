import { describe, expect, it } from 'vitest';
import { mapProblem } from './problem';

const validation = {
  type: 'https://minyi.org/problems/validation', status: 400, title: '请求数据无效', titleEn: 'Invalid request',
  detail: '以下字段有误：petitioners[0].phone', detailEn: 'These fields are invalid: petitioners[0].phone',
  errors: [{ field: 'petitioners[0].phone', message: '电话号码格式不正确', messageEn: 'invalid phone number' }],
};

describe('mapProblem', () => {
  it('maps 400 field errors to their fields in the current language', () => {
    const zh = mapProblem(400, validation, 'zh-CN');
    expect(zh.kind).toBe('validation');
    expect(zh.fieldErrors['petitioners[0].phone']).toBe('电话号码格式不正确');
    expect(zh.title).toBe('请求数据无效');
    const en = mapProblem(400, validation, 'en');
    expect(en.fieldErrors['petitioners[0].phone']).toBe('invalid phone number');
    expect(en.title).toBe('Invalid request');
    expect(en.detail).toBe('These fields are invalid: petitioners[0].phone');
  });
  it('keeps the current state and the allowed actions of a 409', () => {
    const m = mapProblem(409, { status: 409, title: '当前状态不能办理此环节', currentState: 'ASSIGNED', allowedActions: ['COMPLETE', 'EXTEND'] }, 'zh-CN');
    expect(m.kind).toBe('conflict');
    expect(m.currentState).toBe('ASSIGNED');
    expect(m.allowedActions).toEqual(['COMPLETE', 'EXTEND']);
  });
  it('recognises a 412 as a stale item', () => {
    expect(mapProblem(412, { status: 412, title: '数据已被修改' }, 'zh-CN').kind).toBe('stale');
    expect(mapProblem(412, null, 'en').title).toBe('Someone else changed this item');
  });
  it('reads Retry-After of a 429, bounded', () => {
    expect(mapProblem(429, null, 'zh-CN', '3').retryAfterSeconds).toBe(3);
    expect(mapProblem(429, null, 'zh-CN', '3600').retryAfterSeconds).toBe(60);
    expect(mapProblem(429, null, 'zh-CN', null).retryAfterSeconds).toBe(1);
  });
  it('falls back to Chinese when the English text is missing and to a generic text without a body', () => {
    expect(mapProblem(403, { status: 403, title: '无权操作' }, 'en').title).toBe('无权操作');
    expect(mapProblem(500, null, 'zh-CN').title).toBe('操作失败');
  });
});
