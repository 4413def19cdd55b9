import { runServiceProcess, serviceNamed } from '@hotline/platform-runtime';

void runServiceProcess(serviceNamed('session'));
