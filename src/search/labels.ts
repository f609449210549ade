/**
 * The Korean words the search page shows, in one place (the page's counterpart of the ingest's
 * message catalogue in src/pipeline/messages.ts).
 */
export const LABELS = {
  searching: '찾는 중…',
  prompt: '찾을 낱말을 입력하세요. 예: 시니어, 스마트 쉼터, 서초구',
  count: (n: number, query: string) => `‘${query}’ 검색 결과 ${n.toLocaleString('ko-KR')}건`,
  none: (query: string) => `‘${query}’에 맞는 결과가 없습니다.`,
  noneHint: '띄어쓰기를 바꾸거나(스마트 쉼터 ↔ 스마트쉼터), 더 짧은 낱말로 찾거나, 고른 조건을 줄여 보세요.',
  failed: '검색을 불러오지 못했습니다. 페이지를 새로 고쳐 보세요.',
  more: '결과 더 보기',
  date: (iso: string) => {
    const [y, m, d] = iso.split('-');
    return [y && `${y}년`, m && `${Number(m)}월`, d && `${Number(d)}일`].filter(Boolean).join(' ');
  },
} as const;
