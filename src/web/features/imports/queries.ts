import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { CsvImport, CsvUpload, UndoResult } from '../../../contracts/imports.js';
import { importKeys, opportunityKeys as keys } from '../../api/keys.js';

const importsKey = importKeys.all;

/** What the server reads in the file with the current choices; nothing is written. */
export function usePreviewCsv() {
  return useMutation({ mutationFn: (upload: CsvUpload) => api('POST /api/imports/csv/preview', { body: upload }) });
}

function refreshAfterImport(qc: QueryClient) {
  return Promise.all([
    qc.invalidateQueries({ queryKey: keys.allLists }),
    qc.invalidateQueries({ queryKey: keys.dashboard }),
    qc.invalidateQueries({ queryKey: importsKey }),
  ]);
}

function useRefresh() {
  const qc = useQueryClient();
  return () => refreshAfterImport(qc);
}

/**
 * Undoes an import outside any component's life: the toast's Undo is pressed after the wizard has
 * gone (a mutation hook of an unmounted page would not call back).
 */
export async function undoImportNow(qc: QueryClient, id: string): Promise<UndoResult> {
  const result = await api('DELETE /api/imports/:id', { params: { id } });
  await refreshAfterImport(qc);
  return result;
}

/** Imports the file (every row but the skipped ones, in one go). */
export function useImportCsv() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: CsvImport) => api('POST /api/imports/csv', { body: input }),
    onSuccess: () => refresh(),
  });
}

/** Undoes one import as a whole. */
export function useUndoImport() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) => api('DELETE /api/imports/:id', { params: { id } }),
    onSuccess: () => refresh(),
  });
}

/** The recent imports, to undo one later. */
export function useImports() {
  return useQuery({ queryKey: importsKey, queryFn: () => api('GET /api/imports') });
}
