import type { z } from 'zod';

type Upcaster = (data: unknown) => unknown;

interface VersionDefinition {
  version: number;
  schema: z.ZodType;
  /** Turns data of the previous version into this version's input. */
  upcastFromPrevious?: Upcaster;
}

/**
 * One integration event type with its schema history.
 * Old versions stay readable forever: stored events are upcast on read, never rewritten.
 */
export class EventType<TType extends string, TData> {
  private constructor(
    readonly type: TType,
    private readonly versions: readonly VersionDefinition[],
  ) {}

  static define<TType extends string, S extends z.ZodType>(type: TType, schema: S): EventType<TType, z.output<S>> {
    return new EventType(type, [{ version: 1, schema }]);
  }

  /** Adds the next schema version and how to upcast the previous one into it. */
  evolve<S extends z.ZodType>(schema: S, upcast: (previous: TData) => z.input<S>): EventType<TType, z.output<S>> {
    return new EventType(this.type, [
      ...this.versions,
      { version: this.latestVersion + 1, schema, upcastFromPrevious: upcast as Upcaster },
    ]);
  }

  get latestVersion(): number {
    return this.versions.length;
  }

  /** Validates data written at `version` and upcasts it to the latest version. */
  parse(data: unknown, version: number): TData {
    const start = this.versions.find((v) => v.version === version);
    if (!start) {
      throw new UnknownEventVersionError(this.type, version, this.latestVersion);
    }
    let current = start.schema.parse(data);
    for (const next of this.versions.slice(version)) {
      current = next.schema.parse(next.upcastFromPrevious!(current));
    }
    return current as TData;
  }

  /** Validates data about to be written with the latest version. */
  validate(data: unknown): z.ZodSafeParseResult<TData> {
    return this.versions[this.versions.length - 1].schema.safeParse(data) as z.ZodSafeParseResult<TData>;
  }
}

export class UnknownEventVersionError extends Error {
  constructor(
    readonly type: string,
    readonly version: number,
    readonly latestVersion: number,
  ) {
    super(`Event ${type} has no schema version ${version} (known: 1..${latestVersion})`);
    this.name = 'UnknownEventVersionError';
  }
}

export type DataOf<T> = T extends EventType<string, infer D> ? D : never;
