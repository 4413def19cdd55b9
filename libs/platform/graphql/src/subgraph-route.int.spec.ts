import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createSubgraphRoute, type SubgraphRoute } from './subgraph-route';
import { UserFacingError } from './user-facing-error';

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Case @key(fields: "id") {
    id: ID!
    title: String!
    related: Case
  }
  type Query {
    case(id: ID!): Case
    refused: Case
    unscoped: Case
    broken: Case
  }
`);

/** As a context's rule violation is: the rule's own name as its code, the class of refusal beside it. */
class CaseRuleViolation extends Error {
  readonly code = 'outside_jurisdiction';
  readonly refusal = 'OUTSIDE_JURISDICTION';
  readonly text = { vi: 'Vụ việc ngoài phạm vi quản lý của đơn vị', en: 'The case is outside your unit’s jurisdiction' };
}

const resolvers = {
  Query: {
    case: (_: unknown, { id }: { id: string }) => {
      if (id.length > 20) throw new UserFacingError('invalid_id', { vi: 'Mã vụ việc quá dài', en: 'Case id too long' }, 'id');
      return { id, title: 'Khói bụi tại Phường Hòa Bình' };
    },
    refused: () => {
      throw new CaseRuleViolation('internal detail that is still not shown');
    },
    unscoped: () => {
      throw new UserFacingError('FORBIDDEN', { vi: 'Thiếu phạm vi', en: 'Missing scope' }, undefined, 'missing_scope');
    },
    broken: () => {
      throw new Error('relation "routing.cases" does not exist at /srv/app/secret.ts:42');
    },
  },
  Case: { related: (parent: { id: string }) => ({ id: `${parent.id}-r`, title: 'related' }) },
};

describe('subgraph route', () => {
  let server: Server;
  let route: SubgraphRoute;
  let url: string;
  const internalErrors: unknown[] = [];

  beforeAll(async () => {
    route = await createSubgraphRoute({
      schema: buildSubgraphSchema([{ typeDefs, resolvers }]),
      context: async () => ({}),
      maxBodyBytes: 10_000,
      maxDepth: 4,
      maxFields: 20,
      onInternalError: (e) => internalErrors.push(e),
    });
    server = createServer(async (req, res) => {
      if (!(await route.handle(req, res))) res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await route.stop();
    await new Promise((r) => server.close(r));
  });

  interface ResponseBody {
    data?: { case?: unknown; _service?: { sdl: string } };
    errors: { message: string; extensions: { code?: string; refusal?: string } & Record<string, unknown> }[];
  }
  const post = async (body: unknown, raw?: string) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw ?? JSON.stringify(body) });
    return { status: response.status, json: (await response.json()) as ResponseBody };
  };

  it('answers a query, with Vietnamese text intact', async () => {
    const { status, json } = await post({ query: '{ case(id: "c1") { id title related { id } } }' });
    expect(status).toBe(200);
    expect(json).toEqual({ data: { case: { id: 'c1', title: 'Khói bụi tại Phường Hòa Bình', related: { id: 'c1-r' } } } });
  });

  it('serves the federation service SDL for composition', async () => {
    const { json } = await post({ query: '{ _service { sdl } }' });
    expect(json.data?._service?.sdl).toContain('type Case @key(fields: "id")');
  });

  it('accepts a query at the depth limit', async () => {
    const { json } = await post({ query: '{ case(id: "c") { related { related { id } } } }' });
    expect(json.errors).toBeUndefined();
  });

  it('refuses a query nested deeper than the limit', async () => {
    const { status, json } = await post({ query: '{ case(id: "c") { related { related { related { related { id } } } } } }' });
    expect(status).toBe(400);
    expect(json.errors[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', refusal: 'QUERY_TOO_DEEP', maxDepth: 4, depth: 6 });
  });

  it('refuses a shallow query that selects too many fields (complexity), aliases and fragments counted', async () => {
    const aliases = Array.from({ length: 8 }, (_, i) => `c${i}: case(id: "${i}") { ...F }`).join(' ');
    const { status, json } = await post({ query: `{ ${aliases} } fragment F on Case { id title }` });
    expect(status).toBe(400);
    expect(json.errors[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', refusal: 'QUERY_TOO_COMPLEX', maxFields: 20 });
  });

  it('counts fragments when measuring depth', async () => {
    const query = 'query { case(id: "c") { ...A } } fragment A on Case { related { related { ...B } } } fragment B on Case { related { related { id } } }';
    const { json } = await post({ query });
    expect(json.errors[0].extensions.refusal).toBe('QUERY_TOO_DEEP');
  });

  it('refuses an oversized request before parsing it', async () => {
    const { status, json } = await post({ query: `{ case(id: "${'x'.repeat(20_000)}") { id } }` });
    expect(status).toBe(413);
    expect(json.errors[0].extensions).toMatchObject({ code: 'REQUEST_TOO_LARGE', message: { vi: expect.stringContaining('byte'), en: expect.any(String) } });
  });

  it('refuses a body that is not JSON', async () => {
    const { status, json } = await post(undefined, '{"query": ');
    expect(status).toBe(400);
    expect(json.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('answers a domain refusal with its class as the code, the rule by name, the field and the bilingual text', async () => {
    const refused = await post({ query: '{ refused { id } }' });
    expect(refused.json.errors[0].extensions).toEqual({
      code: 'OUTSIDE_JURISDICTION',
      rule: 'outside_jurisdiction',
      message: { vi: 'Vụ việc ngoài phạm vi quản lý của đơn vị', en: 'The case is outside your unit’s jurisdiction' },
    });
    const unscoped = await post({ query: '{ unscoped { id } }' });
    expect(unscoped.json.errors[0].extensions).toEqual({ code: 'FORBIDDEN', rule: 'missing_scope', message: { vi: 'Thiếu phạm vi', en: 'Missing scope' } });
  });

  it('never hands a caller a lowercase code: an unclassified one becomes RULE_VIOLATION, named as the rule', async () => {
    const { json } = await post({ query: `{ case(id: "${'x'.repeat(30)}") { id } }` });
    expect(json.errors[0]).toMatchObject({
      message: 'Case id too long',
      extensions: { code: 'RULE_VIOLATION', rule: 'invalid_id', field: 'id', message: { vi: 'Mã vụ việc quá dài', en: 'Case id too long' } },
    });
  });

  it('masks an unexpected error: no stack, no internal names, details only in the log', async () => {
    const { json } = await post({ query: '{ broken { id } }' });
    const text = JSON.stringify(json);
    expect(json.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(text).not.toMatch(/routing\.cases|secret\.ts|stacktrace|at \//);
    expect(String(internalErrors.at(-1))).toContain('routing.cases');
  });

  it('keeps validation errors for the caller to fix, without a stack trace', async () => {
    const { json } = await post({ query: '{ case(id: "c") { nope } }' });
    expect(json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(json)).not.toContain('stacktrace');
  });
});
