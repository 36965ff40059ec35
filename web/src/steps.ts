// The step forms of petitions and proposals (API.md, PetitionStepController, ProposalController).
import type { StepDef, FieldOption } from '@/components/StepDialog.vue';
import { t } from '@/i18n';

const opts = (prefix: string, values: string[]): FieldOption[] => values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));

export const PETITION_CATEGORIES = ['LAND', 'DEMOLITION', 'LABOUR', 'ENVIRONMENT', 'LAW_AND_LITIGATION', 'SOCIAL_SECURITY', 'VILLAGE_AFFAIRS', 'OTHER'];
export const PETITION_CHANNELS = ['LETTER', 'VISIT', 'PHONE', 'EMAIL', 'ONLINE', 'DEPUTY_REFERRAL'];
export const PETITION_STATES = ['RECEIVED', 'REGISTERED', 'ASSIGNED', 'TRANSFERRED', 'NOT_ACCEPTED', 'COMPLETED', 'ANSWERED', 'VISITED', 'ARCHIVED'];
export const PROPOSAL_STATES = ['SUBMITTED', 'REGISTERED', 'REJECTED', 'ASSIGNED', 'CONSULTED', 'REPLIED', 'EVALUATED', 'REHANDLING', 'CLOSED', 'ESCALATED'];
export const PROPOSAL_CATEGORIES = ['ECONOMY', 'URBAN_RURAL_CONSTRUCTION', 'AGRICULTURE', 'EDUCATION_SCIENCE_CULTURE_HEALTH', 'SOCIAL_SECURITY', 'ENVIRONMENT', 'LAW_AND_GOVERNANCE', 'OTHER'];

/** Order of the petition step buttons (lifecycle first, side steps after). */
export const PETITION_ACTION_ORDER = ['REGISTER', 'ASSIGN', 'TRANSFER', 'NOT_ACCEPT', 'COMPLETE', 'ANSWER', 'RETURN_VISIT', 'REQUEST_REVIEW', 'ARCHIVE', 'INSTRUCT', 'TAKE_OWNERSHIP', 'HOLD_APPOINTMENT', 'SUPERVISE', 'EXTEND'];

export interface PetitionStepContext {
  units: FieldOption[];
  villages: FieldOption[];
  repeatCandidates: FieldOption[];
  leaderName?: string;
  isLeader: boolean;
}

export function petitionStep(action: string, ctx: PetitionStepContext): StepDef | null {
  const label = t(`petitionStep.${action}`);
  const leaderField = { name: 'leader', label: t('petition.leader'), type: 'text' as const, required: !ctx.isLeader, initial: ctx.isLeader ? ctx.leaderName : '' };
  switch (action) {
    case 'REGISTER':
      return {
        action, path: 'register', label, dateField: 'registeredOn',
        fields: [
          { name: 'category', label: t('petition.category'), type: 'select', required: true, options: opts('category', PETITION_CATEGORIES) },
          { name: 'villageCode', label: t('common.village'), type: 'select', options: ctx.villages },
          { name: 'flags', label: t('petition.flags'), type: 'checkboxes', options: opts('flag', ['REPEAT', 'LEVEL_SKIPPING', 'IMPORTANT', 'COMPLAINT_AGAINST_UNIT']) },
          { name: 'repeatOf', label: t('petition.repeatOf'), type: 'select', options: ctx.repeatCandidates, visibleWhen: (m) => Array.isArray(m.flags) && m.flags.includes('REPEAT') },
        ],
      };
    case 'ASSIGN':
      return { action, path: 'assign', label, dateField: 'assignedOn', fields: [{ name: 'unitCode', label: t('petition.unit'), type: 'select', required: true, options: ctx.units }] };
    case 'TRANSFER':
      return { action, path: 'transfer', label, dateField: 'transferredOn', fields: [{ name: 'body', label: t('petition.body'), type: 'text', required: true }] };
    case 'NOT_ACCEPT':
      return { action, path: 'not-accept', label, dateField: 'decidedOn', fields: [{ name: 'reason', label: t('common.reason'), type: 'textarea', required: true }] };
    case 'INSTRUCT':
      return { action, path: 'instructions', label, dateField: 'on', fields: [leaderField, { name: 'text', label: t('common.text'), type: 'textarea', required: true }] };
    case 'TAKE_OWNERSHIP':
      return { action, path: 'ownership', label, dateField: 'on', fields: [leaderField, { name: 'note', label: t('common.note'), type: 'textarea' }] };
    case 'HOLD_APPOINTMENT':
      return { action, path: 'appointments', label, dateField: 'on', fields: [leaderField, { name: 'note', label: t('common.note'), type: 'textarea' }] };
    case 'SUPERVISE':
      return {
        action, path: 'supervision', label, dateField: 'on',
        fields: [
          { name: 'type', label: t('petition.supervisionType'), type: 'radio', required: true, options: opts('supervision', ['URGE', 'ESCALATE']), initial: 'URGE' },
          { name: 'note', label: t('common.note'), type: 'textarea' },
        ],
      };
    case 'EXTEND':
      return {
        action, path: 'extension', label, dateField: 'on',
        fields: [
          { name: 'days', label: t('petition.days'), type: 'number', required: true, min: 1, max: 30, initial: 30 },
          { name: 'reason', label: t('common.reason'), type: 'textarea', required: true },
        ],
      };
    case 'COMPLETE':
      return { action, path: 'complete', label, dateField: 'completedOn', fields: [{ name: 'result', label: t('petition.result'), type: 'textarea', required: true }] };
    case 'ANSWER':
      return {
        action, path: 'answer', label, dateField: 'answeredOn',
        fields: [
          { name: 'channel', label: t('petition.answerChannel'), type: 'radio', required: true, options: opts('answerChannel', ['WRITTEN', 'PHONE', 'IN_PERSON', 'ONLINE']), initial: 'WRITTEN' },
          { name: 'text', label: t('common.text'), type: 'textarea', required: true },
        ],
      };
    case 'RETURN_VISIT':
      return {
        action, path: 'return-visit', label, dateField: 'visitedOn',
        fields: [{ name: 'satisfaction', label: t('petition.satisfaction'), type: 'radio', required: true, options: opts('satisfaction', ['SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED']) }],
      };
    case 'REQUEST_REVIEW':
      return { action, path: 'review-request', label, dateField: 'requestedOn', fields: [{ name: 'reason', label: t('common.reason'), type: 'textarea', required: true }] };
    case 'ARCHIVE':
      return { action, path: 'archive', label, dateField: 'archivedOn', fields: [] };
    default:
      return null;
  }
}

/**
 * The steps the overdue report names (GET /api/reports/overdue), in the event contract's vocabulary: a petition
 * waits for REGISTER, DISPOSE (assign, transfer or not accept), COMPLETE, ANSWER or RETURN_VISIT, as its nextStep
 * says; a proposal for its REPLY.
 */
export const OVERDUE_PETITION_STEPS = ['REGISTER', 'DISPOSE', 'COMPLETE', 'ANSWER', 'RETURN_VISIT'];

export function overdueStepLabel(kind: string | undefined, step: string | undefined): string {
  if (!step) return '';
  return kind === 'PROPOSAL' ? t(`proposalStep.${step}`) : t(`petitionStep.${step}`);
}

export const PROPOSAL_ACTION_ORDER = ['REGISTER', 'REJECT', 'CONVERT', 'ASSIGN', 'CONSULT', 'WAIVE_CONSULTATION', 'REPLY', 'EVALUATE', 'RECORD_IMPLEMENTATION', 'CLOSE', 'SUPERVISE', 'DEFER', 'ESCALATE'];

export interface ProposalStepContext {
  units: FieldOption[];
}

export function proposalStep(action: string, ctx: ProposalStepContext): StepDef | null {
  const label = t(`proposalStep.${action}`);
  switch (action) {
    case 'REGISTER':
      return { action, path: 'register', label, dateField: 'registeredOn', fields: [] };
    case 'REJECT':
      return { action, path: 'reject', label, dateField: 'rejectedOn', fields: [{ name: 'reason', label: t('common.reason'), type: 'textarea', required: true }] };
    case 'CONVERT':
      return { action, path: 'convert', label, dateField: 'convertedOn', fields: [{ name: 'reason', label: t('common.reason'), type: 'textarea' }] };
    case 'ASSIGN':
      return {
        action, path: 'assign', label, dateField: 'assignedOn',
        fields: [
          { name: 'leadUnitCode', label: t('proposal.leadUnit'), type: 'select', required: true, options: ctx.units },
          { name: 'coUnitCodes', label: t('proposal.coUnits'), type: 'multiselect', options: ctx.units },
          { name: 'responsibleLeader', label: t('proposal.responsibleLeader'), type: 'text', required: true },
          { name: 'handler', label: t('proposal.handler'), type: 'text', required: true },
          { name: 'complex', label: t('proposal.complex'), type: 'switch' },
        ],
      };
    case 'CONSULT':
      return {
        action, path: 'consultations', label, dateField: 'heldOn',
        fields: [
          { name: 'form', label: t('proposal.form'), type: 'radio', required: true, options: opts('consultationForm', ['FACE_TO_FACE', 'PHONE', 'SITE_VISIT']), initial: 'FACE_TO_FACE' },
          { name: 'attendees', label: t('proposal.attendees'), type: 'tags', required: true },
        ],
      };
    case 'WAIVE_CONSULTATION':
      return { action, path: 'consultation-waiver', label, dateField: 'waivedOn', fields: [{ name: 'note', label: t('common.note'), type: 'textarea' }] };
    case 'REPLY':
      return {
        action, path: 'replies', label, dateField: 'repliedOn',
        fields: [
          { name: 'replyClass', label: t('proposal.replyClassLabel'), type: 'radio', required: true, options: opts('replyClass', ['A', 'B', 'C']) },
          { name: 'plannedCompletionOn', label: t('proposal.plannedCompletionOn'), type: 'futureDate', requiredWhen: (m) => m.replyClass === 'B', visibleWhen: (m) => m.replyClass === 'B' },
          { name: 'text', label: t('common.text'), type: 'textarea', required: true },
        ],
      };
    case 'EVALUATE':
      return {
        action, path: 'evaluations', label, dateField: 'evaluatedOn',
        fields: [
          { name: 'result', label: t('proposal.evaluation'), type: 'radio', required: true, options: opts('satisfaction', ['SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED']) },
          { name: 'comment', label: t('proposal.comment'), type: 'textarea' },
        ],
      };
    case 'RECORD_IMPLEMENTATION':
      return { action, path: 'implementation', label, dateField: 'recordedOn', fields: [{ name: 'implemented', label: t('proposal.implemented'), type: 'switch', initial: true }] };
    case 'CLOSE':
      return { action, path: 'close', label, dateField: 'closedOn', fields: [{ name: 'note', label: t('common.note'), type: 'textarea', required: true }] };
    case 'SUPERVISE':
      return {
        action, path: 'supervision', label, dateField: 'on',
        fields: [
          { name: 'type', label: t('petition.supervisionType'), type: 'radio', required: true, options: opts('supervision', ['PROGRESS_REPORT', 'SITE_VISIT', 'PUBLIC_DISCLOSURE']) },
          { name: 'note', label: t('common.note'), type: 'textarea' },
        ],
      };
    case 'DEFER':
      return {
        action, path: 'deferral', label, dateField: 'deferredOn',
        fields: [
          { name: 'latestOn', label: t('proposal.latestOn'), type: 'futureDate', required: true },
          { name: 'measures', label: t('proposal.measures'), type: 'textarea', required: true },
        ],
      };
    case 'ESCALATE':
      return {
        action, path: 'escalation', label, dateField: 'escalatedOn',
        fields: [
          { name: 'toLevel', label: t('proposal.toLevel'), type: 'radio', required: true, options: opts('escalationLevel', ['COUNTY', 'CITY', 'PROVINCE', 'NATIONAL']) },
          { name: 'note', label: t('common.note'), type: 'textarea' },
        ],
      };
    default:
      return null;
  }
}

/** `data-test` slug of a step button: the path of its endpoint. */
export const stepSlug = (def: StepDef) => def.path;
