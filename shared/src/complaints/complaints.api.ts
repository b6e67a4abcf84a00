import { z } from 'zod';
import { okSchema } from '../auth/auth.schemas';
import { endpoint, xlsxFile } from '../common/endpoint';
import {
  communityOptionSchema,
  communityOptionsQuerySchema,
  companyOptionSchema,
  companyOptionsQuerySchema,
  complaintActionBodySchema,
  complaintDetailSchema,
  complaintFiguresSchema,
  complaintIdParamSchema,
  complaintPageSchema,
  complaintSubscriptionSchema,
  createComplaintSchema,
  deskQuerySchema,
  figuresQuerySchema,
  ledgerFilterSchema,
  ledgerQuerySchema,
  pageQuerySchema,
} from './complaint.schemas';
import {
  setWorkCalendarDaySchema,
  workCalendarDateParamsSchema,
  workCalendarDaySchema,
  workCalendarQuerySchema,
  workCalendarYearSchema,
} from './work-calendar.schemas';

const STAFF = ['staff'] as const;

/** 投诉: filing, the closed loop's actions, the company desk, the ledger, figures and the working-day calendar. */
export const complaintsApi = {
  listWorkCalendar: endpoint({
    method: 'get',
    path: '/complaints/work-calendar',
    query: workCalendarQuerySchema,
    response: workCalendarYearSchema,
    access: STAFF,
  }),
  setWorkCalendarDay: endpoint({
    method: 'put',
    path: '/complaints/work-calendar/{date}',
    params: workCalendarDateParamsSchema,
    body: setWorkCalendarDaySchema,
    response: workCalendarDaySchema,
    access: STAFF,
  }),
  removeWorkCalendarDay: endpoint({
    method: 'delete',
    path: '/complaints/work-calendar/{date}',
    params: workCalendarDateParamsSchema,
    response: okSchema,
    access: STAFF,
  }),
  submitComplaint: endpoint({
    method: 'post',
    path: '/complaints',
    headers: z.object({ 'idempotency-key': z.string().optional() }),
    body: createComplaintSchema,
    response: complaintDetailSchema,
    status: 201,
    access: 'authenticated',
  }),
  listMine: endpoint({
    method: 'get',
    path: '/complaints/mine',
    query: pageQuerySchema,
    response: complaintPageSchema,
    access: 'authenticated',
  }),
  listDesk: endpoint({
    method: 'get',
    path: '/complaints/desk',
    query: deskQuerySchema,
    response: complaintPageSchema,
    access: ['company_admin'],
  }),
  listLedger: endpoint({
    method: 'get',
    path: '/complaints/ledger',
    query: ledgerQuerySchema,
    response: complaintPageSchema,
    access: STAFF,
  }),
  exportLedger: endpoint({
    method: 'get',
    path: '/complaints/ledger/export',
    query: ledgerFilterSchema,
    response: xlsxFile,
    access: STAFF,
  }),
  figures: endpoint({
    method: 'get',
    path: '/complaints/figures',
    query: figuresQuerySchema,
    response: complaintFiguresSchema,
    access: STAFF,
  }),
  communities: endpoint({
    method: 'get',
    path: '/complaints/communities',
    query: communityOptionsQuerySchema,
    response: z.array(communityOptionSchema),
    access: 'authenticated',
  }),
  companies: endpoint({
    method: 'get',
    path: '/complaints/companies',
    query: companyOptionsQuerySchema,
    response: z.array(companyOptionSchema),
    access: STAFF,
  }),
  getComplaint: endpoint({
    method: 'get',
    path: '/complaints/{id}',
    params: complaintIdParamSchema,
    response: complaintDetailSchema,
    access: 'authenticated',
  }),
  act: endpoint({
    method: 'post',
    path: '/complaints/{id}/actions',
    params: complaintIdParamSchema,
    body: complaintActionBodySchema,
    response: complaintDetailSchema,
    access: 'authenticated',
  }),
  subscription: endpoint({
    method: 'get',
    path: '/complaints/subscription',
    response: complaintSubscriptionSchema,
    access: 'authenticated',
  }),
};
