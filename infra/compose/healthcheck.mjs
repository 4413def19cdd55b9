// Container health probe for the Dockerfile's HEALTHCHECK: exits 0 only when
// GET /health answers 2xx. Uses Node's built-in fetch, so the slim image needs
// no curl. The port comes from the same variable the app reads
// (intake-service -> INTAKE_PORT, gateway -> GATEWAY_PORT).
const DEFAULT_PORTS = {
  INTAKE_PORT: 4101,
  ROUTING_PORT: 4102,
  DEADLINE_PORT: 4103,
  SESSION_PORT: 4104,
  REPORTING_PORT: 4105,
  GATEWAY_PORT: 4000,
};

const service = process.env.SERVICE ?? '';
const portVariable = `${service.replace(/-service$/, '').toUpperCase()}_PORT`;
const port = process.env[portVariable] ?? DEFAULT_PORTS[portVariable];

if (!port) {
  console.error(`healthcheck: cannot tell the port of SERVICE="${service}"`);
  process.exit(1);
}

try {
  const response = await fetch(`http://127.0.0.1:${port}/health`, {
    signal: AbortSignal.timeout(4000),
  });
  if (!response.ok) console.error(`healthcheck: /health answered ${response.status}`);
  process.exit(response.ok ? 0 : 1);
} catch (error) {
  console.error(`healthcheck: ${error.message}`);
  process.exit(1);
}
