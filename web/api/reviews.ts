import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  createNoteSchema,
  noteListSchema,
  reviewNoteSchema,
  reviewSettingsSchema,
  updateNoteSchema,
  weekReviewSchema,
} from '../../shared/reviews';
import { api } from './client';

/**
 * The weekly review's record: one query per week (`['review', week]`: notes, reviewed state,
 * changes since review, the setting) and a role's notes across weeks (`['review-notes', role]`).
 * Every write here invalidates both.
 */

export const weekReviewOptions = (week: string | undefined) =>
  queryOptions({
    queryKey: ['review', week],
    queryFn: ({ signal }) => api(`/reviews/${week}`, weekReviewSchema, { signal }),
    enabled: week !== undefined,
  });

export const noteHistoryOptions = (role: string) =>
  queryOptions({
    queryKey: ['review-notes', role],
    queryFn: ({ signal }) => api(`/review-notes?role=${encodeURIComponent(role)}`, noteListSchema, { signal }),
  });

function useReviewWrite<I>(send: (input: I) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ['review'] }),
        qc.invalidateQueries({ queryKey: ['review-notes'] }),
      ]),
  });
}

export const useAddNote = (week: string) =>
  useReviewWrite((input: z.input<typeof createNoteSchema>) =>
    api(`/reviews/${week}/notes`, reviewNoteSchema, { method: 'POST', body: createNoteSchema.parse(input) }),
  );

export const useEditNote = () =>
  useReviewWrite(({ id, body }: { id: number; body: string }) =>
    api(`/review-notes/${id}`, reviewNoteSchema, { method: 'PATCH', body: updateNoteSchema.parse({ body }) }),
  );

export const useDeleteNote = () =>
  useReviewWrite((id: number) => api(`/review-notes/${id}`, z.null(), { method: 'DELETE' }));

/** Marks the week reviewed (`reviewed: true`) or reopens it. */
export const useSetReviewed = (week: string) =>
  useReviewWrite((reviewed: boolean) =>
    api(`/reviews/${week}/review`, weekReviewSchema, { method: reviewed ? 'POST' : 'DELETE' }),
  );

export const useSetReviewSettings = () =>
  useReviewWrite((requireNoteOnRed: boolean) =>
    api('/review-settings', reviewSettingsSchema, { method: 'PATCH', body: { requireNoteOnRed } }),
  );
