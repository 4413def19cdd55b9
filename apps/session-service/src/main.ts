import { serviceAuthenticator } from '@hotline/platform-identity';
import { runServiceProcess } from '@hotline/platform-runtime';
import { sessionService } from '@hotline/session-graphql';

// Callers' tokens are checked here too: the gateway's public key (AUTH_JWKS_URL or AUTH_PUBLIC_KEY), the OIDC provider.
void runServiceProcess(async (config) => sessionService(await serviceAuthenticator(config)));
