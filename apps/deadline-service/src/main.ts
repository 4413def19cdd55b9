import { deadlineService } from '@hotline/deadline-graphql';
import { serviceAuthenticator } from '@hotline/platform-identity';
import { runServiceProcess } from '@hotline/platform-runtime';

// Callers' tokens are checked here too: the gateway's public key (AUTH_JWKS_URL or AUTH_PUBLIC_KEY), the OIDC provider.
void runServiceProcess(async (config) => deadlineService(await serviceAuthenticator(config)));
