import { describe, expect, it, beforeEach } from 'vitest';
import { mount, flushPromises } from '@vue/test-utils';
import { nextTick } from 'vue';
import { i18n, setLang } from '@/i18n';
import RateText from './RateText.vue';
import DeadlineBadge from './DeadlineBadge.vue';
import PetitionerList from './PetitionerList.vue';
import StepDialog, { type StepDef } from './StepDialog.vue';

const global = { plugins: [i18n] };

describe('RateText', () => {
  beforeEach(() => setLang('zh-CN'));
  it('shows 暂无数据 for a null rate, never 0% or 100%', () => {
    const w = mount(RateText, { props: { metric: { numerator: 0, denominator: 0, rate: null }, label: '答复率', plain: true }, global });
    expect(w.text()).toBe('暂无数据');
    expect(w.text()).not.toContain('%');
  });
  it('shows the rate with numerator and denominator and explains itself', () => {
    const w = mount(RateText, { props: { metric: { numerator: 118, denominator: 120, rate: 118 / 120 }, label: '答复率', from: '2026-01-01', to: '2026-09-30', asOf: '2026-10-01', plain: true }, global });
    expect(w.text()).toBe('98.3%（118/120）');
    expect(w.attributes('title')).toBe('答复率 = 118 / 120，统计期间 1月1日–9月30日，截至 10月1日');
  });
  it('switches to English', () => {
    setLang('en');
    const w = mount(RateText, { props: { metric: { numerator: 0, denominator: 0, rate: null }, label: 'answer rate', plain: true }, global });
    expect(w.text()).toBe('no data');
  });
});

describe('DeadlineBadge', () => {
  beforeEach(() => setLang('zh-CN'));
  it('counts down in green, is amber on the day and red when overdue', () => {
    const left = mount(DeadlineBadge, { props: { deadline: '2026-12-08', today: '2026-12-05' }, global });
    expect(left.text()).toBe('剩 3 天');
    expect(left.find('[data-kind="left"]').exists()).toBe(true);
    expect(mount(DeadlineBadge, { props: { deadline: '2026-12-05', today: '2026-12-05' }, global }).text()).toBe('今日到期');
    const late = mount(DeadlineBadge, { props: { deadline: '2026-11-30', today: '2026-12-05' }, global });
    expect(late.text()).toBe('超期 5 天');
    expect(late.find('[data-kind="overdue"]').exists()).toBe(true);
  });
});

describe('PetitionerList', () => {
  beforeEach(() => setLang('zh-CN'));
  it('shows masked values exactly as the API returns them', async () => {
    const w = mount(PetitionerList, { props: { petitioners: [{ personId: 'a', name: '张*', idNumber: '3301**********1234', phone: '138****0000', erased: false }] }, global });
    await flushPromises();
    expect(w.find('[data-test="petitioner-id"]').text()).toBe('3301**********1234');
    expect(w.find('[data-test="petitioner-name"]').text()).toBe('张*');
  });
  it('says the petitioners are not shown when the API leaves them out', () => {
    const w = mount(PetitionerList, { props: { petitioners: null }, global });
    expect(w.find('[data-test="petitioners-absent"]').exists()).toBe(true);
    expect(w.find('[data-test="petitioner-name"]').exists()).toBe(false);
  });
  it('shows an erased person as （信息已删除）', async () => {
    const w = mount(PetitionerList, { props: { petitioners: [{ personId: 'a', erased: true }] }, global });
    await flushPromises();
    expect(w.find('[data-test="petitioner-name"]').text()).toBe('（信息已删除）');
    expect(w.find('[data-test="petitioner-phone"]').text()).toBe('（信息已删除）');
  });
});

describe('StepDialog date rules', () => {
  const def: StepDef = { action: 'COMPLETE', path: 'complete', label: '办结', dateField: 'completedOn', fields: [] };
  beforeEach(() => {
    setLang('zh-CN');
    sessionStorage.clear();
  });
  async function open(minDate: string | null) {
    let sent: Record<string, unknown> | null = null;
    const w = mount(StepDialog, {
      props: { def, draftKey: 't', minDate, today: '2026-12-05', modelValue: true, submit: async (b: Record<string, unknown>) => (sent = b) },
      global: { ...global, stubs: { teleport: true } },
      attachTo: document.body,
    });
    await flushPromises();
    return { w, vm: w.vm as unknown as { model: Record<string, unknown>; confirm: () => Promise<void> }, sent: () => sent };
  }
  it('defaults the business date to today and sends it', async () => {
    const { vm, sent, w } = await open('2026-12-01');
    expect(vm.model.completedOn).toBe('2026-12-05');
    await vm.confirm();
    await flushPromises();
    expect(sent()).toEqual({ completedOn: '2026-12-05' });
    w.unmount();
  });
  it('refuses a future date', async () => {
    const { vm, sent, w } = await open(null);
    vm.model.completedOn = '2026-12-06';
    await nextTick();
    await vm.confirm();
    await flushPromises();
    await new Promise((r) => setTimeout(r, 50));
    expect(sent()).toBeNull();
    expect(w.find('[data-test="field-error-completedOn"]').text()).toBe('日期不能晚于今天');
    w.unmount();
  });
  it('refuses a date before the previous step', async () => {
    const { vm, sent, w } = await open('2026-12-01');
    vm.model.completedOn = '2026-11-30';
    await nextTick();
    await vm.confirm();
    await flushPromises();
    await new Promise((r) => setTimeout(r, 50));
    expect(sent()).toBeNull();
    expect(w.find('[data-test="field-error-completedOn"]').text()).toBe('日期不能早于上一环节（2026-12-01）');
    w.unmount();
  });
});
