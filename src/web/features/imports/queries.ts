import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { CsvImport, CsvImportResult, CsvPreview, CsvUpload, ImportList, UndoResult } from '../../../contracts/imports.js';
import { keys } from '../opportunities/queries.js';

const importsKey = ['imports'] as const;

/** What the server reads in the file with the current choices; nothing is written. */
export function usePreviewCsv() {
  return useMutation({ mutationFn: (upload: CsvUpload) => api<CsvPreview>('POST', '/imports/csv/preview', { body: upload }) });
}

function useRefresh() {
  const qc = useQueryClient();
  return () =>
    Promise.all([qc.invalidateQueries({ queryKey: keys.allLists }), qc.invalidateQueries({ queryKey: keys.dashboard }), qc.invalidateQueries({ queryKey: importsKey })]);
}

/** Imports the file (every row but the skipped ones, in one go). */
export function useImportCsv() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: CsvImport) => api<CsvImportResult>('POST', '/imports/csv', { body: input }),
    onSuccess: () => refresh(),
  });
}

/** Undoes one import as a whole. */
export function useUndoImport() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) => api<UndoResult>('DELETE', `/imports/${encodeURIComponent(id)}`),
    onSuccess: () => refresh(),
  });
}

/** The recent imports, to undo one later. */
export function useImports() {
  return useQuery({ queryKey: importsKey, queryFn: () => api<ImportList>('GET', '/imports') });
}
