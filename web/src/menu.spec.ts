import { describe, expect, it } from 'vitest';
import { allowedFor, homeFor, mayOpen, menuFor, PETITION_STEPS_BY_ROLE } from './menu';

describe('role → menu', () => {
  it('follows WEB.md for every role, first page first', () => {
    expect(menuFor('COUNTY_ADMIN').map((i) => i.key)).toEqual(['dashboard', 'desk', 'petitions', 'proposals', 'deputies', 'opinions', 'reports', 'ledger', 'accounts']);
    expect(menuFor('TOWNSHIP_CLERK').map((i) => i.key)).toEqual(['desk', 'petitions', 'proposals', 'deputies', 'opinions', 'reports', 'ledger']);
    expect(menuFor('HANDLING_UNIT').map((i) => i.key)).toEqual(['unitTodo', 'petitions', 'proposals', 'opinions']);
    expect(menuFor('LEADER').map((i) => i.key)).toEqual(['dashboard', 'leaderInstructions', 'leaderOwnership', 'reports']);
    expect(menuFor('DEPUTY').map((i) => i.key)).toEqual(['myDuty', 'myProposals', 'myActivities', 'myPoints']);
    expect(menuFor('VIEWER').map((i) => i.key)).toEqual(['dashboard', 'screen']);
  });
  it('lands each role on its home page', () => {
    expect(homeFor('COUNTY_ADMIN')).toBe('/dashboard');
    expect(homeFor('TOWNSHIP_CLERK')).toBe('/desk');
    expect(homeFor('HANDLING_UNIT')).toBe('/unit-todo');
    expect(homeFor('DEPUTY')).toBe('/me');
    expect(homeFor('VIEWER')).toBe('/dashboard');
  });
  it('keeps a viewer out of petitions and accounts', () => {
    expect(mayOpen('VIEWER', ['petitions'])).toBe(false);
    expect(mayOpen('VIEWER', ['accounts'])).toBe(false);
    expect(mayOpen('TOWNSHIP_CLERK', ['accounts'])).toBe(false);
    expect(mayOpen('TOWNSHIP_CLERK', ['dashboard'], ['TOWNSHIP_CLERK'])).toBe(true);
  });
  it('shows a unit only its own steps', () => {
    expect(allowedFor('HANDLING_UNIT', ['COMPLETE', 'ASSIGN', 'EXTEND'], PETITION_STEPS_BY_ROLE)).toEqual(['COMPLETE', 'EXTEND']);
    expect(allowedFor('VIEWER', ['REGISTER'], PETITION_STEPS_BY_ROLE)).toEqual([]);
    expect(allowedFor('COUNTY_ADMIN', ['REGISTER'], PETITION_STEPS_BY_ROLE)).toEqual(['REGISTER']);
  });
});
