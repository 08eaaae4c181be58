/** Headers every dondoc mail carries: the embedded outbox reads them (`dondoc outbox --agency`) and operators can filter on them. */
export const DONDOC_HEADERS = {
  agency: 'X-Dondoc-Agency',
  kind: 'X-Dondoc-Kind',
  noticeKey: 'X-Dondoc-Notice-Key',
  assignment: 'X-Dondoc-Assignment',
} as const;
