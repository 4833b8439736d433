import { queryOptions } from '@tanstack/react-query';
import { sessionSchema } from '../../shared/auth';
import { ApiError, api } from './client';

/** The signed-in person, or null when nobody is (a 401 here is an answer, not an error). */
export const sessionOptions = () =>
  queryOptions({
    queryKey: ['session'],
    queryFn: async ({ signal }) => {
      try {
        return (await api('/auth/session', sessionSchema, { signal })).user;
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) return null;
        throw err;
      }
    },
    staleTime: 60_000,
  });
