import { routingService } from '@hotline/routing-application';
import { runServiceProcess } from '@hotline/platform-runtime';

void runServiceProcess(routingService);
