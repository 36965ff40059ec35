// Shows an API failure the way WEB.md asks: 409 says what is allowed now, 412 offers a reload,
// field errors are left to the form (returned), everything else shows title and detail.
import { ElMessage, ElMessageBox } from 'element-plus';
import { ApiError } from '@/api/http';
import { t } from '@/i18n';

export interface NotifyOptions {
  onReload?: () => void;
  stepLabel?: (action: string) => string;
}

export function describeConflict(e: ApiError, stepLabel?: (a: string) => string, stateLabel?: (s: string) => string): string {
  const state = e.mapped.currentState ? (stateLabel ? stateLabel(e.mapped.currentState) : e.mapped.currentState) : '';
  const actions = (e.mapped.allowedActions ?? []).map((a) => (stepLabel ? stepLabel(a) : a));
  return actions.length ? t('error.conflict', { state, actions: actions.join('、') }) : t('error.conflictNone', { state });
}

/** Answers the field errors (to show beside the fields) when there are any. */
export async function notifyError(e: unknown, opts: NotifyOptions & { stateLabel?: (s: string) => string } = {}): Promise<Record<string, string>> {
  if (!(e instanceof ApiError)) {
    ElMessage({ type: 'error', message: e instanceof Error ? e.message : String(e), showClose: true });
    return {};
  }
  const m = e.mapped;
  if (m.kind === 'validation' && Object.keys(m.fieldErrors).length) {
    ElMessage({ type: 'error', message: m.detail || m.title, showClose: true });
    return m.fieldErrors;
  }
  if (m.kind === 'stale') {
    try {
      await ElMessageBox.confirm(t('error.stale'), t('error.staleTitle'), {
        type: 'warning',
        confirmButtonText: t('common.reload'),
        cancelButtonText: t('common.close'),
      });
      opts.onReload?.();
    } catch {
      // closed without reloading
    }
    return {};
  }
  if (m.kind === 'conflict') {
    await ElMessageBox.alert(`${m.detail ? m.detail + '\n' : ''}${describeConflict(e, opts.stepLabel, opts.stateLabel)}`, m.title, {
      type: 'warning',
      confirmButtonText: t('common.close'),
    }).catch(() => undefined);
    opts.onReload?.();
    return {};
  }
  ElMessage({ type: 'error', message: m.detail ? `${m.title}：${m.detail}` : m.title, showClose: true, duration: 6000 });
  return {};
}
