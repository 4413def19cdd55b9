import type { PlatformConfig } from '@hotline/platform-config';
import type { HealthCheck, RouteHandler } from './health-server';
import type { ServiceInfrastructure } from './infrastructure';
import type { Logger } from './logger';

export type ServiceName = 'intake' | 'routing' | 'deadline' | 'session' | 'reporting';

export interface ServiceContext {
  config: PlatformConfig;
  infrastructure: ServiceInfrastructure;
  logger: Logger;
  /**
   * The platform's "now": when things happen and when deadlines fall due. The system clock in
   * production; end-to-end tests pass a clock they can set (Tết 2026) and move (a breach).
   */
  clock?: () => Date;
}

/** What a bounded context plugs into its service process: consumers, timers, its subgraph. */
export interface ServiceFeatures {
  routes?: RouteHandler[];
  checks?: Record<string, HealthCheck>;
  stop(): Promise<void>;
}

export interface ServiceDefinition {
  name: ServiceName;
  portVariable: 'INTAKE_PORT' | 'ROUTING_PORT' | 'DEADLINE_PORT' | 'SESSION_PORT' | 'REPORTING_PORT';
  start?(context: ServiceContext): Promise<ServiceFeatures>;
}

/** The five services of DESIGN §3, in start-up order. */
export const platformServices: readonly ServiceDefinition[] = [
  { name: 'intake', portVariable: 'INTAKE_PORT' },
  { name: 'routing', portVariable: 'ROUTING_PORT' },
  { name: 'deadline', portVariable: 'DEADLINE_PORT' },
  { name: 'session', portVariable: 'SESSION_PORT' },
  { name: 'reporting', portVariable: 'REPORTING_PORT' },
];

export function serviceNamed(name: ServiceName): ServiceDefinition {
  const found = platformServices.find((s) => s.name === name);
  if (!found) throw new Error(`Unknown service ${name}`);
  return found;
}
