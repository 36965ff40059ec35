import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { ensureSignedIn, session } from '@/auth/session';
import { homeFor, mayOpen } from '@/menu';
import type { Role } from '@/api/types';

declare module 'vue-router' {
  interface RouteMeta {
    /** Menu keys this page belongs to (WEB.md navigation): who has one of them may open it. */
    sections?: string[];
    roles?: Role[];
    public?: boolean;
    bare?: boolean;
    title?: string;
  }
}

const Layout = () => import('@/layouts/MainLayout.vue');

const routes: RouteRecordRaw[] = [
  { path: '/callback', component: () => import('@/views/CallbackView.vue'), meta: { public: true, bare: true } },
  { path: '/screen', component: () => import('@/views/ScreenView.vue'), meta: { sections: ['screen', 'dashboard'], bare: true, title: 'nav.screen' } },
  {
    path: '/',
    component: Layout,
    children: [
      { path: '', component: () => import('@/views/HomeRedirect.vue') },
      { path: 'dashboard', component: () => import('@/views/DashboardView.vue'), meta: { sections: ['dashboard'], roles: ['TOWNSHIP_CLERK'], title: 'nav.dashboard' } },
      { path: 'desk', component: () => import('@/views/DeskView.vue'), meta: { sections: ['desk'], title: 'nav.desk' } },
      { path: 'unit-todo', component: () => import('@/views/UnitTodoView.vue'), meta: { sections: ['unitTodo'], title: 'nav.unitTodo' } },
      { path: 'petitions', component: () => import('@/views/PetitionListView.vue'), meta: { sections: ['petitions', 'leaderInstructions'], title: 'nav.petitions' } },
      { path: 'petitions/new', component: () => import('@/views/PetitionIntakeView.vue'), meta: { sections: ['desk'], title: 'petition.intake' } },
      { path: 'petitions/:id', component: () => import('@/views/PetitionDetailView.vue'), props: true, meta: { sections: ['petitions', 'leaderInstructions'], title: 'nav.petitions' } },
      { path: 'proposals', component: () => import('@/views/ProposalListView.vue'), meta: { sections: ['proposals'], title: 'nav.proposals' } },
      { path: 'proposals/new', component: () => import('@/views/ProposalSubmitView.vue'), meta: { sections: ['desk', 'myProposals'], title: 'proposal.submit' } },
      { path: 'proposals/:id', component: () => import('@/views/ProposalDetailView.vue'), props: true, meta: { sections: ['proposals', 'myProposals'], title: 'nav.proposals' } },
      { path: 'deputies', component: () => import('@/views/DeputyListView.vue'), meta: { sections: ['deputies'], title: 'nav.deputies' } },
      { path: 'deputies/:id', component: () => import('@/views/DeputyDetailView.vue'), props: true, meta: { sections: ['deputies'], title: 'deputy.profile' } },
      { path: 'opinions', component: () => import('@/views/OpinionsView.vue'), meta: { sections: ['opinions'], title: 'nav.opinions' } },
      { path: 'reports', component: () => import('@/views/ReportsView.vue'), meta: { sections: ['reports'], title: 'nav.reports' } },
      { path: 'ledger', component: () => import('@/views/LedgerView.vue'), meta: { sections: ['ledger'], title: 'nav.ledger' } },
      { path: 'accounts', component: () => import('@/views/AccountsView.vue'), meta: { sections: ['accounts'], title: 'nav.accounts' } },
      { path: 'leader/instructions', component: () => import('@/views/LeaderListView.vue'), props: { mode: 'instructions' }, meta: { sections: ['leaderInstructions'], title: 'nav.leaderInstructions' } },
      { path: 'leader/ownership', component: () => import('@/views/LeaderListView.vue'), props: { mode: 'ownership' }, meta: { sections: ['leaderOwnership'], title: 'nav.leaderOwnership' } },
      { path: 'me', component: () => import('@/views/MyDutyView.vue'), props: { tab: 'duty' }, meta: { sections: ['myDuty'], title: 'nav.myDuty' } },
      { path: 'me/proposals', component: () => import('@/views/MyDutyView.vue'), props: { tab: 'proposals' }, meta: { sections: ['myProposals'], title: 'nav.myProposals' } },
      { path: 'me/activities', component: () => import('@/views/MyDutyView.vue'), props: { tab: 'activities' }, meta: { sections: ['myActivities'], title: 'nav.myActivities' } },
      { path: 'me/points', component: () => import('@/views/MyDutyView.vue'), props: { tab: 'points' }, meta: { sections: ['myPoints'], title: 'nav.myPoints' } },
      { path: ':pathMatch(.*)*', component: () => import('@/views/NotFoundView.vue'), meta: { title: 'error.notFound' } },
    ],
  },
];

export const router = createRouter({ history: createWebHistory('/app/'), routes });

router.beforeEach(async (to) => {
  if (to.meta.public) return true;
  await ensureSignedIn(to.fullPath);
  const role = session.claims?.role;
  if (!mayOpen(role, to.meta.sections, to.meta.roles)) return homeFor(role);
  return true;
});
