// Names for the generated OpenAPI types used across the app.
import type { components as Pet } from './generated/petition-service';
import type { components as Pro } from './generated/proposal-service';
import type { components as Dep } from './generated/deputy-service';
import type { components as Rep } from './generated/reporting-service';
import type { components as Gw } from './generated/gateway';

export type Petition = Pet['schemas']['PetitionResponse'];
export type PetitionSummary = Pet['schemas']['PetitionSummary'];
export type PetitionPage = Pet['schemas']['PagePetitionSummary'];
export type Petitioner = Pet['schemas']['VisiblePetitioner'];
export type PetitionerRequest = Pet['schemas']['PetitionerRequest'];
export type ReceivePetitionRequest = Pet['schemas']['ReceivePetitionRequest'];
export type PetitionState = NonNullable<Petition['state']>;
export type PetitionChannel = ReceivePetitionRequest['channel'];
export type PetitionCategory = NonNullable<PetitionSummary['category']>;
export type TimelineEntry = Pet['schemas']['TimelineEntry'];

export type Proposal = Pro['schemas']['ProposalResponse'];
export type ProposalPage = Pro['schemas']['Page'];
export type ProposalSubmit = Pro['schemas']['Submit'];
export type ProposalState = NonNullable<Proposal['state']>;

export type Deputy = Dep['schemas']['DeputyResponse'];
export type DeputyPage = Dep['schemas']['DeputyPage'];
export type DeputyGroup = Dep['schemas']['GroupView'];
export type Activity = Dep['schemas']['ActivityView'];
export type ActivityPage = Dep['schemas']['PageActivityView'];
export type LogActivity = Dep['schemas']['LogActivity'];
export type PointsAdjustmentRequest = Dep['schemas']['PointsAdjustmentRequest'];

export type PetitionRates = Rep['schemas']['PetitionRatesReport'];
export type ProposalRates = Rep['schemas']['ProposalRatesReport'];
export type PointsReport = Rep['schemas']['PointsReport'];
export type GroupReport = Rep['schemas']['GroupReport'];
export type OverdueReport = Rep['schemas']['OverdueReport'];
export type StepMetric = Rep['schemas']['StepRate'];
export type Metric = Rep['schemas']['Rate'];

export type Account = Gw['schemas']['AccountResponse'];
export type AccountCreate = Gw['schemas']['Create'];
export type AccountUpdate = Gw['schemas']['Update'];
export type Township = Gw['schemas']['Township'];
export type County = Gw['schemas']['County'];
export type Role = NonNullable<Account['role']>;

export interface Problem {
  type?: string;
  title?: string;
  detail?: string;
  titleEn?: string;
  detailEn?: string;
  status?: number;
  errors?: { field?: string; message?: string; messageEn?: string }[];
  currentState?: string;
  allowedActions?: string[];
  [key: string]: unknown;
}

export interface Paged<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}
