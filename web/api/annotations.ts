import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  type AnnotationQuery,
  annotationListSchema,
  annotationSchema,
  createAnnotationSchema,
} from '../../shared/annotations';
import { api } from './client';

/** Annotations relevant to one chart (`['annotations', query]`); writes invalidate them all. */
export const annotationsOptions = (q: AnnotationQuery) =>
  queryOptions({
    queryKey: ['annotations', q],
    queryFn: ({ signal }) => {
      const params = new URLSearchParams(Object.entries(q).filter((e): e is [string, string] => Boolean(e[1])));
      return api(`/annotations?${params}`, annotationListSchema, { signal });
    },
  });

function useAnnotationWrite<I>(send: (input: I) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => qc.invalidateQueries({ queryKey: ['annotations'] }) });
}

export const useAddAnnotation = () =>
  useAnnotationWrite((input: z.input<typeof createAnnotationSchema>) =>
    api('/annotations', annotationSchema, { method: 'POST', body: createAnnotationSchema.parse(input) }),
  );

export const useDeleteAnnotation = () =>
  useAnnotationWrite((id: number) => api(`/annotations/${id}`, z.null(), { method: 'DELETE' }));
