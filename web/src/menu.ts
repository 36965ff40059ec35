// Menus per role, exactly as WEB.md's navigation table; the first item is the role's home page.
import type { Role } from '@/api/types';

export interface MenuItem {
  key: string;
  path: string;
  label: string; // i18n key
  icon: string; // @element-plus/icons-vue component name
}

const ITEMS: Record<string, MenuItem> = {
  dashboard: { key: 'dashboard', path: '/dashboard', label: 'nav.dashboard', icon: 'DataBoard' },
  desk: { key: 'desk', path: '/desk', label: 'nav.desk', icon: 'Calendar' },
  petitions: { key: 'petitions', path: '/petitions', label: 'nav.petitions', icon: 'Message' },
  proposals: { key: 'proposals', path: '/proposals', label: 'nav.proposals', icon: 'Document' },
  deputies: { key: 'deputies', path: '/deputies', label: 'nav.deputies', icon: 'User' },
  opinions: { key: 'opinions', path: '/opinions', label: 'nav.opinions', icon: 'ChatLineSquare' },
  reports: { key: 'reports', path: '/reports', label: 'nav.reports', icon: 'Histogram' },
  ledger: { key: 'ledger', path: '/ledger', label: 'nav.ledger', icon: 'Notebook' },
  accounts: { key: 'accounts', path: '/accounts', label: 'nav.accounts', icon: 'Setting' },
  unitTodo: { key: 'unitTodo', path: '/unit-todo', label: 'nav.unitTodo', icon: 'Tickets' },
  leaderInstructions: { key: 'leaderInstructions', path: '/leader/instructions', label: 'nav.leaderInstructions', icon: 'EditPen' },
  leaderOwnership: { key: 'leaderOwnership', path: '/leader/ownership', label: 'nav.leaderOwnership', icon: 'Flag' },
  myDuty: { key: 'myDuty', path: '/me', label: 'nav.myDuty', icon: 'Medal' },
  myProposals: { key: 'myProposals', path: '/me/proposals', label: 'nav.myProposals', icon: 'Document' },
  myActivities: { key: 'myActivities', path: '/me/activities', label: 'nav.myActivities', icon: 'Calendar' },
  myPoints: { key: 'myPoints', path: '/me/points', label: 'nav.myPoints', icon: 'Trophy' },
  screen: { key: 'screen', path: '/screen', label: 'nav.screen', icon: 'Monitor' },
};

export const MENUS: Record<Role, string[]> = {
  COUNTY_ADMIN: ['dashboard', 'desk', 'petitions', 'proposals', 'deputies', 'opinions', 'reports', 'ledger', 'accounts'],
  TOWNSHIP_CLERK: ['desk', 'petitions', 'proposals', 'deputies', 'opinions', 'reports', 'ledger'],
  HANDLING_UNIT: ['unitTodo', 'petitions', 'proposals', 'opinions'],
  LEADER: ['dashboard', 'leaderInstructions', 'leaderOwnership', 'reports'],
  DEPUTY: ['myDuty', 'myProposals', 'myActivities', 'myPoints'],
  VIEWER: ['dashboard', 'screen'],
};

export function menuFor(role: Role | null | undefined): MenuItem[] {
  return role && MENUS[role] ? MENUS[role].map((k) => ITEMS[k]) : [];
}

export function homeFor(role: Role | null | undefined): string {
  return menuFor(role)[0]?.path ?? '/dashboard';
}

/** The menu keys a route belongs to; a role may open a route when its menu has one of them. */
export function mayOpen(role: Role | null | undefined, sections: string[] | undefined, extraRoles?: Role[]): boolean {
  if (!sections || sections.length === 0) return true;
  if (role && extraRoles?.includes(role)) return true;
  const menu = role ? MENUS[role] ?? [] : [];
  return sections.some((s) => menu.includes(s));
}

/** What a role may do with petitions and proposals beyond reading (mirrors the services' access policies). */
export const PETITION_STEPS_BY_ROLE: Record<Role, 'all' | string[]> = {
  COUNTY_ADMIN: 'all',
  TOWNSHIP_CLERK: 'all',
  LEADER: ['INSTRUCT', 'TAKE_OWNERSHIP', 'HOLD_APPOINTMENT', 'SUPERVISE'],
  HANDLING_UNIT: ['EXTEND', 'COMPLETE', 'ANSWER'],
  DEPUTY: [],
  VIEWER: [],
};

export const PROPOSAL_STEPS_BY_ROLE: Record<Role, 'all' | string[]> = {
  COUNTY_ADMIN: 'all',
  TOWNSHIP_CLERK: 'all',
  LEADER: [],
  HANDLING_UNIT: ['CONSULT', 'WAIVE_CONSULTATION', 'REPLY'],
  DEPUTY: ['WAIVE_CONSULTATION', 'EVALUATE'],
  VIEWER: [],
};

export function allowedFor(role: Role | null | undefined, actions: string[] | undefined, table: Record<Role, 'all' | string[]>): string[] {
  if (!role || !actions) return [];
  const allowed = table[role];
  return allowed === 'all' ? actions : actions.filter((a) => allowed.includes(a));
}

export const isOffice = (role: Role | null | undefined) => role === 'COUNTY_ADMIN' || role === 'TOWNSHIP_CLERK';
