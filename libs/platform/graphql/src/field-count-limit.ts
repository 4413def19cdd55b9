import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

/**
 * Complexity limit: refuses an operation that selects more than `maxFields` fields once its
 * fragments are expanded, so a shallow query cannot still fan out into thousands of resolver
 * calls (aliases of one expensive field, say). Introspection's own fields are not counted.
 */
export function fieldCountLimit(maxFields: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const countOf = (selectionSet: SelectionSetNode | undefined, visiting: ReadonlySet<string>): number => {
      let count = 0;
      for (const selection of selectionSet?.selections ?? []) {
        if (selection.kind === Kind.FIELD) {
          if (!selection.name.value.startsWith('__')) count += 1 + countOf(selection.selectionSet, visiting);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          count += countOf(selection.selectionSet, visiting);
        } else if (!visiting.has(selection.name.value)) {
          count += countOf(fragments.get(selection.name.value)?.selectionSet, new Set([...visiting, selection.name.value]));
        }
        if (count > maxFields) return count;
      }
      return count;
    };
    return {
      OperationDefinition(operation) {
        const count = countOf(operation.selectionSet, new Set());
        if (count > maxFields) {
          context.reportError(
            new GraphQLError(`The operation selects more than ${maxFields} fields / Truy vấn chọn quá ${maxFields} trường`, {
              nodes: [operation],
              // Apollo sets `code` to GRAPHQL_VALIDATION_FAILED for every validation rule; `refusal` says which.
              extensions: { refusal: 'QUERY_TOO_COMPLEX', maxFields },
            }),
          );
        }
      },
    };
  };
}
