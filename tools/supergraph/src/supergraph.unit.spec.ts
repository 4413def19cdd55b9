import { SUPERGRAPH_SDL } from '@hotline/contracts-supergraph';
import { parse } from 'graphql';
import { composeSupergraph, CompositionFailed } from './compose-supergraph';
import { HOTLINE_SUBGRAPHS } from './hotline-subgraphs';

describe('the federated schema', () => {
  it('is what the subgraphs compose to today (run `npm run compose` and commit when this fails)', () => {
    expect(SUPERGRAPH_SDL).toBe(composeSupergraph(HOTLINE_SUBGRAPHS));
  });

  it('joins a Case from routing with its deadlines from the deadline subgraph', () => {
    expect(SUPERGRAPH_SDL).toMatch(/type Case\b[^{]*@join__type\(graph: DEADLINE, key: "id"\)/);
    expect(SUPERGRAPH_SDL).toMatch(/type Case\b[^{]*@join__type\(graph: ROUTING, key: "id"\)/);
  });

  it('names every conflict when subgraphs do not compose', () => {
    const clash = { name: 'routing' as const, url: 'http://x', typeDefs: parse('type Query { report(id: ID!): Int }') };
    expect(() => composeSupergraph([HOTLINE_SUBGRAPHS[0], clash])).toThrow(CompositionFailed);
  });
});
