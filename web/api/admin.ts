import { queryOptions } from '@tanstack/react-query';
import { auditListSchema, tokenListSchema, userListSchema } from '../../shared/auth';
import { api } from './client';

export const usersOptions = () =>
  queryOptions({ queryKey: ['users'], queryFn: ({ signal }) => api('/users', userListSchema, { signal }) });
export const tokensOptions = () =>
  queryOptions({ queryKey: ['tokens'], queryFn: ({ signal }) => api('/tokens', tokenListSchema, { signal }) });
export const auditOptions = () =>
  queryOptions({ queryKey: ['audit'], queryFn: ({ signal }) => api('/audit?limit=100', auditListSchema, { signal }) });
