// Every project that type-checks this file needs the .graphql declaration, not only this one.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./graphql-module.d.ts" />
import supergraphSdl from './supergraph.graphql';

/**
 * The federated schema: the intake, routing and deadline subgraphs composed by
 * @apollo/composition at build time (`npm run compose`). Generated — never edited by hand; CI
 * fails when it no longer matches what the subgraphs compose to.
 */
export const SUPERGRAPH_SDL: string = supergraphSdl;
