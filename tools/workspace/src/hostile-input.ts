/** Introspected argument types, enough to build a value of any shape an argument accepts. */
export interface TypeRef {
  kind: 'NON_NULL' | 'LIST' | 'SCALAR' | 'ENUM' | 'INPUT_OBJECT' | 'OBJECT' | 'INTERFACE' | 'UNION';
  name: string | null;
  ofType: TypeRef | null;
}

export interface NamedType {
  name: string;
  kind: string;
  enumValues: { name: string }[] | null;
  inputFields: { name: string; type: TypeRef }[] | null;
  fields: { name: string }[] | null;
}

export interface MutationField {
  name: string;
  args: { name: string; type: TypeRef }[];
  type: TypeRef;
}

export const INTROSPECT_MUTATIONS = `{
  __schema {
    mutationType { fields { name args { name type { ...Ref } } type { ...Ref } } }
    types { name kind enumValues { name } inputFields { name type { ...Ref } } fields { name } }
  }
}
fragment Ref on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;

/** What goes into every text leaf of a mutation's arguments. */
export const HOSTILE_TEXTS = {
  'script tag': '<script>alert(document.cookie)</script><img src=x onerror=alert(1)>',
  'SQL fragment': "'; DROP TABLE intake.reports; -- ' OR '1'='1",
  'invalid Unicode (lone surrogate) and NUL': 'Nước thải \ud800 đổ ra\u0000 sông \udfff',
  'control characters': 'Báo cáo\u0007 nội dung\u202E ẩn',
} as const;

/**
 * A value for an argument, with `text` in every String/ID leaf and a well-typed filler in the
 * others; optional input fields are filled too, so every leaf the mutation reads is hostile.
 */
export function fillArgument(type: TypeRef, types: ReadonlyMap<string, NamedType>, text: (leaf: 'String' | 'ID' | string) => unknown, depth = 0): unknown {
  switch (type.kind) {
    case 'NON_NULL':
      return fillArgument(type.ofType!, types, text, depth);
    case 'LIST':
      return [fillArgument(type.ofType!, types, text, depth)];
    case 'SCALAR':
      return text(type.name!);
    case 'ENUM':
      return types.get(type.name!)?.enumValues?.[0]?.name;
    case 'INPUT_OBJECT': {
      if (depth > 4) return {};
      const fields = types.get(type.name!)?.inputFields ?? [];
      return Object.fromEntries(fields.map((f) => [f.name, fillArgument(f.type, types, text, depth + 1)]));
    }
    default:
      throw new Error(`an argument cannot be of kind ${type.kind}`);
  }
}

/** The leaf every hostile text goes into; other scalars get a well-typed value. */
export function hostileLeaf(payload: string): (scalar: string) => unknown {
  return (scalar) => {
    switch (scalar) {
      case 'String':
      case 'ID':
        return payload;
      case 'Int':
        return 1;
      case 'Float':
        return 21.03;
      case 'Boolean':
        return false;
      default:
        return payload;
    }
  };
}

/** Every leaf of the wrong JSON type: numbers for text, text for numbers, objects for flags. */
export function wronglyTypedLeaf(scalar: string): unknown {
  switch (scalar) {
    case 'String':
    case 'ID':
      return 12345;
    case 'Int':
    case 'Float':
      return 'mười hai';
    case 'Boolean':
      return { yes: true };
    default:
      return [];
  }
}

export function typeLabel(type: TypeRef): string {
  if (type.kind === 'NON_NULL') return `${typeLabel(type.ofType!)}!`;
  if (type.kind === 'LIST') return `[${typeLabel(type.ofType!)}]`;
  return type.name!;
}

function named(type: TypeRef): TypeRef {
  return type.ofType ? named(type.ofType) : type;
}

/**
 * `mutation ($a: T!) { name(a: $a) { __typename } }` for any mutation field; results that
 * report refusals in their data (`ok` and `errors`) have those selected too.
 */
export function mutationDocument(field: MutationField, types: ReadonlyMap<string, NamedType>): string {
  const variables = field.args.map((a) => `$${a.name}: ${typeLabel(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const result = named(field.type);
  const resultFields = new Set((types.get(result.name ?? '')?.fields ?? []).map((f) => f.name));
  const refusal = resultFields.has('ok') && resultFields.has('errors') ? ' ok errors { field message { vi en } }' : '';
  const selection = ['OBJECT', 'INTERFACE', 'UNION'].includes(result.kind) ? ` { __typename${refusal} }` : '';
  return `mutation${variables ? ` (${variables})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}
