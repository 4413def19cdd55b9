import { runServiceProcess } from '@hotline/platform-runtime';
import { sessionService } from '@hotline/session-graphql';

void runServiceProcess(sessionService());
