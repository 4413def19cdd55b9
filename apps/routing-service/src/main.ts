import { routingService } from '@hotline/routing-graphql';
import { runServiceProcess } from '@hotline/platform-runtime';

void runServiceProcess(routingService());
