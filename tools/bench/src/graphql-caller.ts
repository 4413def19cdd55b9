import { BENCH_OFFICER_HEADER } from './pipeline-subjects';

export interface GraphqlAnswer {
  data?: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** One GraphQL POST, as a client of the platform makes it; `officer` names a bench fixture officer. */
export async function callGraphql(url: string, query: string, variables: Record<string, unknown> = {}, officer?: 'operator' | 'handler'): Promise<GraphqlAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(officer ? { [BENCH_OFFICER_HEADER]: officer } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphqlAnswer;
}
